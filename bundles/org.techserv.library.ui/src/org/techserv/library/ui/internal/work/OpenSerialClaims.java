package org.techserv.library.ui.internal.work;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.techserv.library.ui.internal.serials.SerialsUiIds;
import org.techserv.ui.work.WorkEntryOpener;
import org.techserv.work.WorkEntry;

/** Opens serial claims from My Work: the Serial Claims view, where the technician reviews and confirms them. */
public final class OpenSerialClaims implements WorkEntryOpener {

	@Override
	public void open(IWorkbenchPage page, WorkEntry entry) throws PartInitException {
		page.showView(SerialsUiIds.CLAIMS_VIEW);
	}
}
