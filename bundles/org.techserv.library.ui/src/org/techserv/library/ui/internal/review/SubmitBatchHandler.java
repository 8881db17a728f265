package org.techserv.library.ui.internal.review;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.store.review.Review;
import org.techserv.library.ui.internal.Services;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * Submit Binding Batch for Review: the batch given by the command's parameter {@value #BATCH_PARAMETER}, submitted
 * by "me" (My Work's "I am", else the staff login). For the binding screens to call with their selected batch; the
 * store refuses, naming why, when the batch is not open, is empty or is already awaiting review.
 */
public final class SubmitBatchHandler extends AbstractHandler {

	public static final String COMMAND = "org.techserv.library.ui.commands.submitBatch"; //$NON-NLS-1$
	public static final String BATCH_PARAMETER = COMMAND + ".batchId"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String batch = event.getParameter(BATCH_PARAMETER);
		long batchId;
		try {
			batchId = Long.parseLong(batch == null ? "" : batch.strip()); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			throw new ExecutionException(NLS.bind(Messages.batchParameter, batch));
		}
		Database database = Services.store().database();
		try {
			long me = Reviewer.current(database).map(Reviewer::id).orElse(0L);
			Review review = new Bindery(database).submitForReview(batchId, me);
			return review;
		} catch (StoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
