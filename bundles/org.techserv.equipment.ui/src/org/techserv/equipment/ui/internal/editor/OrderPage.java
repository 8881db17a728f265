package org.techserv.equipment.ui.internal.editor;

import org.techserv.ui.forms.FormFields;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.jface.layout.GridLayoutFactory;

/** A page of the order editor: a scrolled form whose fields are bound to the order through the session. */
abstract class OrderPage extends FormPage {

	protected final ServiceOrderEditor editor;
	protected final OrderSession session;

	OrderPage(ServiceOrderEditor editor, OrderSession session, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
		this.session = session;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(session.order().getNumber() + " – " + session.order().getTitle()); //$NON-NLS-1$
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(10, 10).numColumns(1).applyTo(body);
		FormFields fields = new FormFields(managedForm.getToolkit());
		fill(body, fields);
		session.onRefresh(() -> {
			if (!form.isDisposed()) {
				form.setText(session.order().getNumber() + " – " + session.order().getTitle()); //$NON-NLS-1$
			}
		});
		session.refresh();
		editor.showNotice();
	}

	/** Builds the page's sections and binds them. */
	protected abstract void fill(Composite body, FormFields fields);

	/** The order was read again (revert): re-point tables and selections. */
	void reloaded() {
		// most pages only need the session's refresh
	}
}
