package org.techserv.library.ui.internal.editor;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.techserv.ui.forms.FormFields;

/** A page of the record editor: a form headed by the record's title, bound to the record through the session. */
abstract class RecordPage extends FormPage {

	protected final CatalogRecordEditor editor;
	protected final RecordSession session;

	RecordPage(CatalogRecordEditor editor, RecordSession session, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
		this.session = session;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(10, 10).numColumns(1).applyTo(body);
		fill(body, new FormFields(managedForm.getToolkit()));
		session.onRefresh(() -> {
			if (!form.isDisposed()) {
				form.setText(heading());
			}
		});
		form.setText(heading());
		session.refresh();
		editor.showNotice();
	}

	private String heading() {
		String title = session.record().getTitle();
		return title == null ? "" : title; //$NON-NLS-1$
	}

	/** Builds the page's sections and binds them. */
	protected abstract void fill(Composite body, FormFields fields);
}
