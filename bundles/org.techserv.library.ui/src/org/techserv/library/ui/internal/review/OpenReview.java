package org.techserv.library.ui.internal.review;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.RecordEditorInput;
import org.techserv.ui.work.WorkEntryOpener;
import org.techserv.work.WorkEntry;

/** Opens a review from My Work: a record in its editor (its header says where the review stands), else the queue. */
public final class OpenReview implements WorkEntryOpener {

	@Override
	public void open(IWorkbenchPage page, WorkEntry entry) throws PartInitException {
		Review review;
		try {
			review = new Reviews(Services.store().database()).review(entry.target());
		} catch (org.techserv.store.StoreException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		if (review.subject() == ReviewSubject.RECORD) {
			page.openEditor(new RecordEditorInput(review.subjectId(), review.label()), LibraryUiIds.RECORD_EDITOR);
		} else {
			page.showView(ReviewUiIds.VIEW);
		}
	}
}
