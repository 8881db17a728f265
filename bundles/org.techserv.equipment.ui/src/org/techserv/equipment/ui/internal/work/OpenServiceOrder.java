package org.techserv.equipment.ui.internal.work;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.techserv.equipment.ui.EquipmentUiIds;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditorInput;
import org.techserv.ui.work.WorkEntryOpener;
import org.techserv.work.WorkEntry;

/** Opens a service order or visit from My Work in the service order editor. */
public final class OpenServiceOrder implements WorkEntryOpener {

	@Override
	public void open(IWorkbenchPage page, WorkEntry entry) throws PartInitException {
		page.openEditor(new ServiceOrderEditorInput(entry.target(), entry.number()), EquipmentUiIds.ORDER_EDITOR);
	}
}
