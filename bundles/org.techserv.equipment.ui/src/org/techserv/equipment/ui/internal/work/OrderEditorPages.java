package org.techserv.equipment.ui.internal.work;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormPage;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditor;
import org.techserv.ui.forms.ContributedPages;
import org.techserv.ui.forms.EditorPageContext;

/** Adds the pages contributed to {@value #EXTENSION_POINT} to a service order editor, after its own pages. */
public final class OrderEditorPages {

	public static final String EXTENSION_POINT = "org.techserv.equipment.ui.orderPages"; //$NON-NLS-1$

	private OrderEditorPages() {
	}

	public static void addTo(ServiceOrderEditor editor) throws PartInitException {
		EditorPageContext context = new EditorPageContext() {
			@Override
			public EditingDomain editingDomain() {
				return editor.getEditingDomain();
			}

			@Override
			public EObject edited() {
				return editor.order();
			}

			@Override
			public void notice(String message, int type) {
				editor.notice(message, type);
			}
		};
		for (FormPage page : ContributedPages.create(editor, EXTENSION_POINT, context)) {
			editor.addPage(page);
		}
	}
}
