package org.techserv.equipment.ui.internal.work;

import org.eclipse.ui.PartInitException;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditor;
import org.techserv.ui.forms.ContributedPages;

/** Adds the pages contributed to {@value #EXTENSION_POINT} to a service order editor, after its own pages. */
public final class OrderEditorPages {

	public static final String EXTENSION_POINT = "org.techserv.equipment.ui.orderPages"; //$NON-NLS-1$

	private OrderEditorPages() {
	}

	public static void addTo(ServiceOrderEditor editor) throws PartInitException {
		ContributedPages.addTo(editor, EXTENSION_POINT, editor::order);
	}
}
