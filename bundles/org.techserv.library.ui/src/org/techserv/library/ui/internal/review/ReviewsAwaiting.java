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

/**
 * My Work for a librarian: every submission of others awaiting review, due the day it was submitted (so the
 * longest waiting come first and show as overdue). Nobody else sees them here.
 */
public final class ReviewsAwaiting implements WorkQueueProvider {

	@Override
	public List<WorkEntry> entries(WorkQuery query) throws StoreException {
		Reviews reviews = new Reviews(query.database());
		if (query.staffId() == 0 || !reviews.mayDecide(query.staffId())) {
			return List.of();
		}
		List<WorkEntry> entries = new ArrayList<>();
		for (Review review : reviews.awaiting(query.staffId())) {
			LocalDate submitted = review.submittedAt().atZone(query.zone()).toLocalDate();
			entries.add(new WorkEntry(Messages.kindAwaiting, review.id(), "", //$NON-NLS-1$
					NLS.bind(Messages.awaitingTitle, Reviews.describe(review), review.submittedByName()), submitted,
					null, Priority.NORMAL, null));
		}
		return entries;
	}
}
