package org.techserv.library.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.validator.routines.ISBNValidator;
import org.apache.commons.validator.routines.ISSNValidator;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryPackage;
import org.techserv.library.model.util.RecordValues;
import org.techserv.model.edit.FieldIssue;

/**
 * Check digits of ISBNs (020 $a) and ISSNs (022 $a). Only the editor checks them: a record imported with a wrong
 * ISBN is still imported, but a cataloguer moves it to $z (cancelled/invalid) before saving.
 */
final class StandardNumbers {

	private StandardNumbers() {
	}

	/** The problem with an ISBN as catalogued ({@code 0-19-852663-6 (pbk.)}), or null. */
	static String isbnProblem(String value) {
		String number = leading(value).replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return ISBNValidator.getInstance().isValid(number) ? null : NLS.bind(Messages.isbnInvalid, leading(value));
	}

	static String issnProblem(String value) {
		return ISSNValidator.getInstance().isValid(leading(value)) ? null : NLS.bind(Messages.issnInvalid, leading(value));
	}

	/** Every wrong ISBN or ISSN in the record, as problems of the record. */
	static List<FieldIssue> issues(BibliographicRecord record) {
		List<FieldIssue> issues = new ArrayList<>();
		for (DataField field : record.getDataFields()) {
			String a = RecordValues.subfield(field, 'a');
			String problem = a == null ? null
					: "020".equals(field.getTag()) ? isbnProblem(a) : "022".equals(field.getTag()) ? issnProblem(a) : null; //$NON-NLS-1$ //$NON-NLS-2$
			if (problem != null) {
				issues.add(new FieldIssue(field, LibraryPackage.Literals.DATA_FIELD__SUBFIELDS, field.getTag(), a, problem));
			}
		}
		return issues;
	}

	private static String leading(String value) {
		String stripped = value.strip();
		int end = 0;
		while (end < stripped.length() && (Character.isLetterOrDigit(stripped.charAt(end)) || stripped.charAt(end) == '-')) {
			end++;
		}
		return stripped.substring(0, end);
	}
}
