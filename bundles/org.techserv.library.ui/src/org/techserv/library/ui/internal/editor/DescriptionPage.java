package org.techserv.library.ui.internal.editor;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.model.util.RecordValues;
import org.techserv.ui.forms.FormFields;

/**
 * The common fields as a form: title and statement of responsibility (245), edition (250), publication (264, or
 * 260 when the record uses it), ISBN and ISSN with their check digits tested, call numbers (050, 082) and topical
 * subjects (650, one heading per line). Each field writes its subfield through the same command stack as the MARC
 * page, so both pages always show the same record.
 */
final class DescriptionPage extends RecordPage {

	static final String ID = "description"; //$NON-NLS-1$

	DescriptionPage(CatalogRecordEditor editor, RecordSession session) {
		super(editor, session, ID, Messages.pageDescription);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		Composite title = fields.section(body, Messages.sectionTitle, null);
		bind(fields, title, Messages.fieldTitle, "description.title", () -> "245", 'a'); //$NON-NLS-1$ //$NON-NLS-2$
		bind(fields, title, Messages.fieldRemainder, "description.remainder", () -> "245", 'b'); //$NON-NLS-1$ //$NON-NLS-2$
		bind(fields, title, Messages.fieldResponsibility, "description.responsibility", () -> "245", 'c'); //$NON-NLS-1$ //$NON-NLS-2$
		bind(fields, title, Messages.fieldEdition, "description.edition", () -> "250", 'a'); //$NON-NLS-1$ //$NON-NLS-2$

		Composite publication = fields.section(body, Messages.sectionPublication, null);
		Supplier<String> published = this::publicationTag;
		bind(fields, publication, Messages.fieldPlace, "description.place", published, 'a'); //$NON-NLS-1$
		bind(fields, publication, Messages.fieldPublisher, "description.publisher", published, 'b'); //$NON-NLS-1$
		bind(fields, publication, Messages.fieldDate, "description.date", published, 'c'); //$NON-NLS-1$

		Composite numbers = fields.section(body, Messages.sectionNumbers, Messages.sectionNumbersDescription);
		new SubfieldText(session, fields.text(numbers, Messages.fieldIsbn, "description.isbn", SWT.SINGLE), () -> "020", 'a', //$NON-NLS-1$ //$NON-NLS-2$
				StandardNumbers::isbnProblem);
		new SubfieldText(session, fields.text(numbers, Messages.fieldIssn, "description.issn", SWT.SINGLE), () -> "022", 'a', //$NON-NLS-1$ //$NON-NLS-2$
				StandardNumbers::issnProblem);
		bind(fields, numbers, Messages.fieldLcClass, "description.lcClass", () -> "050", 'a'); //$NON-NLS-1$ //$NON-NLS-2$
		bind(fields, numbers, Messages.fieldLcItem, "description.lcItem", () -> "050", 'b'); //$NON-NLS-1$ //$NON-NLS-2$
		bind(fields, numbers, Messages.fieldDewey, "description.dewey", () -> "082", 'a'); //$NON-NLS-1$ //$NON-NLS-2$
		session.addCheck(StandardNumbers::issues);

		Composite subjects = fields.section(body, Messages.sectionSubjects, Messages.sectionSubjectsDescription);
		Text headings = fields.text(subjects, Messages.fieldSubjects, "description.subjects", //$NON-NLS-1$
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		headings.addListener(SWT.FocusOut, e -> session.execute(session.edits().replaceHeadings("650", '0', lines(headings.getText())))); //$NON-NLS-1$
		session.onRefresh(() -> {
			if (!headings.isDisposed() && !headings.isFocusControl()) {
				String shown = String.join("\n", subjectHeadings()); //$NON-NLS-1$
				if (!headings.getText().equals(shown)) {
					headings.setText(shown);
				}
			}
		});
	}

	private void bind(FormFields fields, Composite parent, String label, String key, Supplier<String> tag, char code) {
		new SubfieldText(session, fields.text(parent, label, key, SWT.SINGLE), tag, code, value -> null);
	}

	/** 264 unless the record describes its publication in 260 only. */
	private String publicationTag() {
		return RecordValues.first(session.record(), "264") == null && RecordValues.first(session.record(), "260") != null //$NON-NLS-1$ //$NON-NLS-2$
				? "260" : "264"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private List<String> subjectHeadings() {
		return session.record().getDataFields().stream().filter(f -> "650".equals(f.getTag())) //$NON-NLS-1$
				.map(RecordEdits::heading).toList();
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

}
