package org.techserv.equipment.ui.internal.views;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.core.runtime.Status;
import org.techserv.equipment.ui.EquipmentUiIds;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditorInput;

/** Opens (or brings to front) the editor of a stored order. */
public final class OpenOrder {

	private OpenOrder() {
	}

	public static void open(IWorkbenchPage page, long id, String number) {
		try {
			page.openEditor(new ServiceOrderEditorInput(id, number), EquipmentUiIds.ORDER_EDITOR);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
