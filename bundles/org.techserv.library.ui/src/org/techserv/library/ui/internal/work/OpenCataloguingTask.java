package org.techserv.library.ui.internal.work;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.CataloguingTask;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.RecordEditorInput;
import org.techserv.store.StoreException;
import org.techserv.ui.work.WorkEntryOpener;
import org.techserv.work.WorkEntry;

/** Opens a cataloguing task from My Work: the catalogue record editor on the task's record. */
public final class OpenCataloguingTask implements WorkEntryOpener {

	@Override
	public void open(IWorkbenchPage page, WorkEntry entry) throws PartInitException {
		BibliographicRecord record;
		try {
			CataloguingTask task = Services.store().tasks().load(entry.target());
			record = task.getRecord();
		} catch (StoreException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		if (record == null || record.getId() == 0) {
			throw new PartInitException(NLS.bind(Messages.taskWithoutRecord, entry.number()));
		}
		page.openEditor(new RecordEditorInput(record.getId(), entry.title()), LibraryUiIds.RECORD_EDITOR);
	}
}
