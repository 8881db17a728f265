package org.techserv.library.ui.internal.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewStatus;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * Which records go to review, and the sentence the record editor shows about a record's review. A record a
 * technician (any staff person who is not a librarian) creates in the editor or brings in by copy cataloguing is
 * submitted; so is a returned record when its submitter saves it again. A librarian's own records are not.
 */
public final class RecordReview {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	/** A header sentence and its IMessageProvider type; a null text for none. */
	public record Notice(String text, int type) {
	}

	private RecordReview() {
	}

	/** After the editor saved the record: submits it when it goes to review, and says where its review stands. */
	public static Notice afterSave(Database database, long recordId, boolean created) {
		try {
			Optional<Reviewer> me = Reviewer.current(database);
			Reviews reviews = new Reviews(database);
			Optional<Review> current = reviews.current(ReviewSubject.RECORD, recordId);
			boolean resubmit = current.isPresent() && current.get().status() == ReviewStatus.RETURNED
					&& me.isPresent() && current.get().submittedBy() == me.get().id();
			if (me.isPresent() && !me.get().librarian() && (created || resubmit)) {
				reviews.submitRecord(recordId, me.get().id());
				return new Notice(NLS.bind(Messages.stateSubmitted, me.get().name()), IMessageProvider.INFORMATION);
			}
			return state(database, recordId);
		} catch (StoreException e) {
			return new Notice(NLS.bind(Messages.submitFailed, e.getMessage()), IMessageProvider.WARNING);
		}
	}

	/**
	 * Records copy cataloguing brought in from {@code source} since {@code since}: submitted when they go to review.
	 * Returns what to add to the import's message, or null; a refusal is said, the import stays.
	 */
	public static String afterCopyCataloguing(Database database, String source, Instant since) {
		try {
			Optional<Reviewer> me = Reviewer.current(database);
			if (me.isEmpty() || me.get().librarian()) {
				return null;
			}
			int count = new Reviews(database).submitCopies(source, since, me.get().id()).size();
			return count == 0 ? null : NLS.bind(Messages.copiesSubmitted, count);
		} catch (StoreException e) {
			return NLS.bind(Messages.submitFailed, e.getMessage());
		}
	}

	/** Where the record's review stands, for the editor's header; a null text when it was never submitted. */
	public static Notice state(Database database, long recordId) {
		if (recordId == 0) {
			return new Notice(null, IMessageProvider.NONE);
		}
		try {
			Optional<Review> current = new Reviews(database).current(ReviewSubject.RECORD, recordId);
			if (current.isEmpty()) {
				return new Notice(null, IMessageProvider.NONE);
			}
			Review review = current.get();
			return switch (review.status()) {
			case PENDING -> new Notice(NLS.bind(Messages.statePending, when(review.submittedAt()),
					review.submittedByName()), IMessageProvider.INFORMATION);
			case APPROVED -> new Notice(NLS.bind(Messages.stateApproved, review.decidedByName(),
					when(review.decidedAt())), IMessageProvider.NONE);
			case RETURNED -> new Notice(NLS.bind(Messages.stateReturned,
					new Object[] { review.decidedByName(), when(review.decidedAt()), review.comment() }),
					IMessageProvider.WARNING);
			};
		} catch (StoreException e) {
			return new Notice(e.getMessage(), IMessageProvider.WARNING);
		}
	}

	static String when(Instant instant) {
		return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}
}
