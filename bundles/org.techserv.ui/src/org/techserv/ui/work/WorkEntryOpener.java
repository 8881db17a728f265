package org.techserv.ui.work;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.techserv.work.WorkEntry;

/**
 * Opens an entry of the My Work view in the right editor. Named by the {@code opener} attribute of a provider
 * contributed to {@code org.techserv.work.providers}; called on the UI thread when the user presses Enter (or
 * double-clicks) on an entry that provider listed.
 */
public interface WorkEntryOpener {

	/**
	 * Opens (or brings to front) the editor of {@code entry.target()}.
	 *
	 * @throws PartInitException when the editor cannot open it (removed meanwhile); the view says why
	 */
	void open(IWorkbenchPage page, WorkEntry entry) throws PartInitException;
}
