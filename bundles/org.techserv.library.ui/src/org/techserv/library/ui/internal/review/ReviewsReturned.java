package org.techserv.library.ui.internal.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.Reviews;
import org.techserv.model.core.Priority;
import org.techserv.store.StoreException;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueueProvider;

/** My Work for whoever submitted: their records and batches a librarian returned, with the librarian's comment. */
public final class ReviewsReturned implements WorkQueueProvider {

	@Override
	public List<WorkEntry> entries(WorkQuery query) throws StoreException {
		if (query.staffId() == 0) {
			return List.of();
		}
		List<WorkEntry> entries = new ArrayList<>();
		for (Review review : new Reviews(query.database()).returnedTo(query.staffId())) {
			LocalDate returned = review.decidedAt().atZone(query.zone()).toLocalDate();
			entries.add(new WorkEntry(Messages.kindReturned, review.id(), "", //$NON-NLS-1$
					NLS.bind(Messages.returnedTitle,
							new Object[] { Reviews.describe(review), review.decidedByName(), review.comment() }),
					returned, null, Priority.HIGH, review.submittedByName()));
		}
		return entries;
	}
}
