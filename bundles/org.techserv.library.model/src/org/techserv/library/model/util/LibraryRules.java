package org.techserv.library.model.util;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Item;
import org.techserv.library.model.LibraryPackage;
import org.techserv.library.model.Subfield;

/**
 * The rules of MARC 21 structure a record must keep to be stored and exchanged: a 24-character leader, tags of
 * three digits (00X for control fields), one-character indicators (blank, digit or lower-case letter) and
 * subfield codes, a title (245), non-repeatable fields once. Messages name the tag and what is wrong.
 */
public final class LibraryRules {

	public static final String SOURCE = "org.techserv.library.model"; //$NON-NLS-1$
	public static final int STRUCTURE = 1;
	public static final int ITEM = 2;

	/** Fields MARC 21 allows once in a bibliographic record (the common ones). */
	private static final Set<String> NON_REPEATABLE = Set.of("001", "003", "005", "008", "010", "100", "110", "111", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"130", "240", "245", "250", "254", "256", "263", "306", "384"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	private LibraryRules() {
	}

	/** 001 to 009 (checked by hand: this runs for every record of an import). */
	static boolean controlTag(String tag) {
		return digits(tag) && tag.charAt(0) == '0' && tag.charAt(1) == '0' && tag.charAt(2) != '0';
	}

	/** Three ASCII digits. */
	static boolean digits(String tag) {
		if (tag == null || tag.length() != 3) {
			return false;
		}
		for (int i = 0; i < 3; i++) {
			if (tag.charAt(i) < '0' || tag.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	public static boolean recordStructure(BibliographicRecord record, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean ok = true;
		String leader = record.getLeader();
		if (leader == null || leader.length() != 24) {
			ok &= report(diagnostics, record, LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__LEADER,
					NLS.bind(Messages.leaderLength, leader == null ? 0 : leader.length()));
		}
		Set<String> seen = new HashSet<>();
		for (ControlField field : record.getControlFields()) {
			String tag = field.getTag();
			if (!controlTag(tag)) {
				ok &= report(diagnostics, field, LibraryPackage.Literals.CONTROL_FIELD__TAG,
						NLS.bind(Messages.controlTag, tag));
			} else if (NON_REPEATABLE.contains(tag) && !seen.add(tag)) {
				ok &= report(diagnostics, field, LibraryPackage.Literals.CONTROL_FIELD__TAG,
						NLS.bind(Messages.notRepeatable, tag));
			}
		}
		boolean titled = false;
		for (DataField field : record.getDataFields()) {
			String tag = field.getTag();
			if (!digits(tag) || tag.startsWith("00")) { //$NON-NLS-1$
				ok &= report(diagnostics, field, LibraryPackage.Literals.DATA_FIELD__TAG, NLS.bind(Messages.dataTag, tag));
				continue;
			}
			titled |= tag.equals("245"); //$NON-NLS-1$
			if (NON_REPEATABLE.contains(tag) && !seen.add(tag)) {
				ok &= report(diagnostics, field, LibraryPackage.Literals.DATA_FIELD__TAG,
						NLS.bind(Messages.notRepeatable, tag));
			}
			if (!indicator(field.getIndicator1())) {
				ok &= report(diagnostics, field, LibraryPackage.Literals.DATA_FIELD__INDICATOR1,
						NLS.bind(Messages.badIndicator, new Object[] { tag, 1, field.getIndicator1() }));
			}
			if (!indicator(field.getIndicator2())) {
				ok &= report(diagnostics, field, LibraryPackage.Literals.DATA_FIELD__INDICATOR2,
						NLS.bind(Messages.badIndicator, new Object[] { tag, 2, field.getIndicator2() }));
			}
			if (field.getSubfields().isEmpty()) {
				ok &= report(diagnostics, field, LibraryPackage.Literals.DATA_FIELD__SUBFIELDS,
						NLS.bind(Messages.noSubfields, tag));
			}
			for (Subfield subfield : field.getSubfields()) {
				char code = subfield.getCode();
				if (!(code >= 'a' && code <= 'z' || code >= '0' && code <= '9')) {
					ok &= report(diagnostics, subfield, LibraryPackage.Literals.SUBFIELD__CODE,
							NLS.bind(Messages.badSubfieldCode, tag, code));
				}
			}
		}
		if (!titled) {
			ok &= report(diagnostics, record, LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__DATA_FIELDS,
					Messages.titleRequired);
		}
		return ok;
	}

	public static boolean item(Item item, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		if (item.getBarcode() == null || item.getBarcode().isBlank()) {
			ok &= report(diagnostics, item, LibraryPackage.Literals.ITEM__BARCODE, Messages.barcodeRequired);
		}
		if (item.getCopyNumber() < 1) {
			ok &= report(diagnostics, item, LibraryPackage.Literals.ITEM__COPY_NUMBER,
					NLS.bind(Messages.copyNumber, item.getCopyNumber()));
		}
		return ok;
	}

	/** Blank, a digit or a lower-case letter (MARC 21 indicators). */
	public static boolean indicator(char value) {
		return value == ' ' || value >= '0' && value <= '9' || value >= 'a' && value <= 'z';
	}

	private static boolean report(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature,
			String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, STRUCTURE, message,
					new Object[] { object, feature }));
		}
		return false;
	}
}
