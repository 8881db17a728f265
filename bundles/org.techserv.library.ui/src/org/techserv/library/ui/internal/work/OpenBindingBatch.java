package org.techserv.library.ui.internal.work;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.techserv.library.ui.internal.binding.BindingUiIds;
import org.techserv.library.ui.internal.binding.BindingView;
import org.techserv.ui.work.WorkEntryOpener;
import org.techserv.work.WorkEntry;

/** Opens binding work from My Work: the Binding view with the entry's batch chosen. */
public final class OpenBindingBatch implements WorkEntryOpener {

	@Override
	public void open(IWorkbenchPage page, WorkEntry entry) throws PartInitException {
		IViewPart view = page.showView(BindingUiIds.VIEW);
		if (view instanceof BindingView binding) {
			binding.select(entry.target());
		}
	}
}
