package org.techserv.library.store.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.store.internal.ReviewMessages;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreEvents;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.Utc;
import org.techserv.store.ValidationException;
import org.techserv.store.emf.EntityTable;

/**
 * The library's review queue: technicians submit new catalogue records and binding batches, a librarian approves
 * them or returns them with a comment.
 * <p>
 * The rules are kept here, not in the user interface: who acts is checked in the same transaction as the write,
 * so a refused step writes nothing. Only a staff person whose function is librarian decides; nobody approves what
 * they submitted themselves; a return needs a comment. When the database login is a staff person's login, the
 * workbench acts as that person and no one else. Each submission is a row of its own, so a subject returned and
 * submitted again keeps its earlier rounds.
 */
public final class Reviews {

	/**
	 * The store topic posted after a submission or a decision was committed, so that lists showing review states
	 * (the catalogue's Review column) show the new one; {@link StoreEvents#WORK} is posted too, for My Work.
	 */
	public static final String CHANGED = StoreEvents.PREFIX + "review"; //$NON-NLS-1$

	/** The longest comment the table holds. */
	public static final int COMMENT_LENGTH = 2000;

	private static final String SELECT = "SELECT V.ID, V.SUBJECT_KIND, V.SUBJECT_ID, V.SUBJECT_LABEL, V.STATUS, " //$NON-NLS-1$
			+ "V.SUBMITTED_BY, S.SORT_NAME, V.SUBMITTED_AT, V.DECIDED_BY, D.SORT_NAME, V.DECIDED_AT, V.REVIEW_COMMENT " //$NON-NLS-1$
			+ "FROM LIBRARY_REVIEW V JOIN CORE_PARTY S ON S.ID = V.SUBMITTED_BY " //$NON-NLS-1$
			+ "LEFT JOIN CORE_PARTY D ON D.ID = V.DECIDED_BY "; //$NON-NLS-1$
	/** Only each subject's newest submission. */
	private static final String CURRENT = "V.ID = (SELECT MAX(L.ID) FROM LIBRARY_REVIEW L " //$NON-NLS-1$
			+ "WHERE L.SUBJECT_KIND = V.SUBJECT_KIND AND L.SUBJECT_ID = V.SUBJECT_ID)"; //$NON-NLS-1$

	private final Database database;

	public Reviews(Database database) {
		this.database = database;
	}

	/**
	 * Submits a new or changed catalogue record for review by {@code staffId}; its title is what the queue shows.
	 * Refused while the record is already awaiting review.
	 */
	public Review submitRecord(long recordId, long staffId) throws StoreException {
		return Transactions.inTransaction(database, c -> submit(c, database, ReviewSubject.RECORD, recordId,
				recordTitle(c, recordId), staffId));
	}

	/**
	 * Submits the records copy cataloguing brought in from {@code source} (an SRU target's name) since
	 * {@code since}, new or replaced, that are not already awaiting review; in one transaction.
	 *
	 * @return the new submissions, by record id
	 */
	public List<Review> submitCopies(String source, Instant since, long staffId) throws StoreException {
		return Transactions.inTransaction(database, c -> {
			List<Long> ids = new ArrayList<>();
			List<String> titles = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT ID, TITLE FROM LIBRARY_RECORD WHERE SOURCE = ? " //$NON-NLS-1$
					+ "AND UPDATED_AT >= ? ORDER BY ID")) { //$NON-NLS-1$
				s.setString(1, source);
				s.setTimestamp(2, Timestamp.from(since), Utc.calendar());
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						ids.add(r.getLong(1));
						titles.add(r.getString(2));
					}
				}
			}
			List<Review> submitted = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				Optional<Review> current = current(c, ReviewSubject.RECORD, ids.get(i));
				if (current.isEmpty() || current.get().status() != ReviewStatus.PENDING) {
					submitted.add(submit(c, database, ReviewSubject.RECORD, ids.get(i), titles.get(i), staffId));
				}
			}
			return submitted;
		});
	}

	/**
	 * Submits a subject within the caller's transaction (a module that owns the subject's table checks it first,
	 * as the bindery does for its batches). Refused while the subject is already awaiting review.
	 */
	public static Review submit(Connection c, Database database, ReviewSubject subject, long subjectId, String label,
			long staffId) throws SQLException, StoreException {
		String what = describe(subject, subjectId, label);
		Staff staff = Staff.acting(c, database, staffId, what);
		Optional<Review> current = current(c, subject, subjectId);
		if (current.isPresent() && current.get().status() == ReviewStatus.PENDING) {
			Review pending = current.get();
			throw refused(ReviewMessages.fieldReview, what, NLS.bind(ReviewMessages.alreadyPending,
					new Object[] { capitalised(what), pending.submittedByName(),
					pending.submittedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) }));
		}
		long id = EntityTable.nextId(c);
		try (PreparedStatement s = c.prepareStatement("INSERT INTO LIBRARY_REVIEW (ID, SUBJECT_KIND, SUBJECT_ID, " //$NON-NLS-1$
				+ "SUBJECT_LABEL, STATUS, SUBMITTED_BY, SUBMITTED_AT) VALUES (?, ?, ?, ?, 'PENDING', ?, ?)")) { //$NON-NLS-1$
			s.setLong(1, id);
			s.setString(2, subject.name());
			s.setLong(3, subjectId);
			s.setString(4, label == null ? null : truncated(label, 400));
			s.setLong(5, staff.id());
			s.setTimestamp(6, Timestamp.from(Instant.now()), Utc.calendar());
			s.executeUpdate();
		}
		changed(c);
		return review(c, id);
	}

	/** A librarian other than the submitter accepts a pending submission. */
	public Review approve(long reviewId, long staffId) throws StoreException {
		return Transactions.inTransaction(database, c -> decide(c, database, reviewId, staffId, ReviewStatus.APPROVED, null));
	}

	/** A librarian sends a pending submission back to its submitter, saying what to change. */
	public Review returnWithComment(long reviewId, long staffId, String comment) throws StoreException {
		return Transactions.inTransaction(database, c -> decide(c, database, reviewId, staffId, ReviewStatus.RETURNED, comment));
	}

	/** The review, with who submitted and decided it. */
	public Review review(long reviewId) throws StoreException {
		return Transactions.read(database, c -> review(c, reviewId));
	}

	/** The subject's newest submission, if it was ever submitted. */
	public Optional<Review> current(ReviewSubject subject, long subjectId) throws StoreException {
		return Transactions.read(database, c -> current(c, subject, subjectId));
	}

	/** Every submission of the subject with its decision, oldest first. */
	public List<Review> history(ReviewSubject subject, long subjectId) throws StoreException {
		return Transactions.read(database, c -> select(c, "WHERE V.SUBJECT_KIND = ? AND V.SUBJECT_ID = ? ORDER BY V.ID", //$NON-NLS-1$
				s -> {
					s.setString(1, subject.name());
					s.setLong(2, subjectId);
				}));
	}

	/** Everything awaiting a librarian, the longest waiting first (a department's queue: tens, not thousands). */
	public List<Review> pending() throws StoreException {
		return Transactions.read(database, c -> select(c, "WHERE V.STATUS = 'PENDING' ORDER BY V.SUBMITTED_AT, V.ID", //$NON-NLS-1$
				s -> {
				}));
	}

	/** What a librarian can decide: pending submissions of others, the longest waiting first. */
	public List<Review> awaiting(long librarianId) throws StoreException {
		return Transactions.read(database, c -> select(c,
				"WHERE V.STATUS = 'PENDING' AND V.SUBMITTED_BY <> ? ORDER BY V.SUBMITTED_AT, V.ID", //$NON-NLS-1$
				s -> s.setLong(1, librarianId)));
	}

	/** The staff person's submissions whose newest decision is a return, the latest return first. */
	public List<Review> returnedTo(long staffId) throws StoreException {
		return Transactions.read(database, c -> select(c, "WHERE V.STATUS = 'RETURNED' AND V.SUBMITTED_BY = ? AND " //$NON-NLS-1$
				+ CURRENT + " ORDER BY V.DECIDED_AT DESC, V.ID DESC", s -> s.setLong(1, staffId))); //$NON-NLS-1$
	}

	/** Whether the staff person may approve and return reviews (a librarian). */
	public boolean mayDecide(long staffId) throws StoreException {
		return Transactions.read(database, c -> Staff.load(c, staffId).map(Staff::librarian).orElse(false));
	}

	/** The subject's newest submission, within the caller's transaction (for checks before a step). */
	public static Optional<Review> current(Connection c, ReviewSubject subject, long subjectId) throws SQLException {
		List<Review> found = select(c, "WHERE V.SUBJECT_KIND = ? AND V.SUBJECT_ID = ? AND " + CURRENT, s -> { //$NON-NLS-1$
			s.setString(1, subject.name());
			s.setLong(2, subjectId);
		});
		return found.stream().findFirst();
	}

	/** How messages name a subject, e.g. record 12 "Opera" or binding batch 40 (Hertzberg Bindery). */
	public static String describe(ReviewSubject subject, long subjectId, String label) {
		String shown = label == null || label.isBlank() ? "?" : label; //$NON-NLS-1$
		return NLS.bind(subject == ReviewSubject.RECORD ? ReviewMessages.subjectRecord : ReviewMessages.subjectBatch,
				subjectId, shown);
	}

	/** How messages name the review's subject. */
	public static String describe(Review review) {
		return describe(review.subject(), review.subjectId(), review.label());
	}

	private static Review decide(Connection c, Database database, long reviewId, long staffId, ReviewStatus decision, String comment)
			throws SQLException, StoreException {
		Review review = review(c, reviewId);
		String what = describe(review);
		String action = decision == ReviewStatus.APPROVED ? ReviewMessages.actionApprove : ReviewMessages.actionReturn;
		Staff staff = Staff.acting(c, database, staffId, what);
		if (!staff.librarian()) {
			throw refused(ReviewMessages.fieldStaff, staff.name(), NLS.bind(ReviewMessages.notLibrarian,
					new Object[] { staff.name(), action, what, staff.functions() }));
		}
		if (review.status() != ReviewStatus.PENDING) {
			throw refused(ReviewMessages.fieldReview, what, NLS.bind(ReviewMessages.notPending, new Object[] {
					staff.name(), action, what, review.status().name().toLowerCase(), review.decidedByName() }));
		}
		if (decision == ReviewStatus.APPROVED && review.submittedBy() == staff.id()) {
			throw refused(ReviewMessages.fieldStaff, staff.name(),
					NLS.bind(ReviewMessages.ownSubmission, staff.name(), what));
		}
		String text = comment == null ? null : comment.strip();
		if (decision == ReviewStatus.RETURNED && (text == null || text.isEmpty())) {
			throw refused(ReviewMessages.fieldComment, "", NLS.bind(ReviewMessages.commentRequired, staff.name(), what)); //$NON-NLS-1$
		}
		if (text != null && text.length() > COMMENT_LENGTH) {
			throw refused(ReviewMessages.fieldComment, truncated(text, 40),
					NLS.bind(ReviewMessages.commentTooLong, new Object[] { what, text.length(), COMMENT_LENGTH }));
		}
		try (PreparedStatement s = c.prepareStatement("UPDATE LIBRARY_REVIEW SET STATUS = ?, DECIDED_BY = ?, " //$NON-NLS-1$
				+ "DECIDED_AT = ?, REVIEW_COMMENT = ? WHERE ID = ? AND STATUS = 'PENDING'")) { //$NON-NLS-1$
			s.setString(1, decision.name());
			s.setLong(2, staff.id());
			s.setTimestamp(3, Timestamp.from(Instant.now()), Utc.calendar());
			s.setString(4, text == null || text.isEmpty() ? null : text);
			s.setLong(5, reviewId);
			if (s.executeUpdate() == 0) {
				Review now = review(c, reviewId);
				throw refused(ReviewMessages.fieldReview, what, NLS.bind(ReviewMessages.notPending, new Object[] {
						staff.name(), action, what, now.status().name().toLowerCase(), now.decidedByName() }));
			}
		}
		changed(c);
		return review(c, reviewId);
	}

	/** Once the transaction commits: review states changed, and so did someone's work. */
	private static void changed(Connection c) throws SQLException {
		StoreEvents.changed(c, CHANGED);
		StoreEvents.changed(c, StoreEvents.WORK);
	}

	private static Review review(Connection c, long reviewId) throws SQLException, StoreException {
		List<Review> found = select(c, "WHERE V.ID = ?", s -> s.setLong(1, reviewId)); //$NON-NLS-1$
		if (found.isEmpty()) {
			throw refused(ReviewMessages.fieldReview, String.valueOf(reviewId),
					NLS.bind(ReviewMessages.noSuchReview, reviewId));
		}
		return found.get(0);
	}

	private static String recordTitle(Connection c, long recordId) throws SQLException, StoreException {
		try (PreparedStatement s = c.prepareStatement("SELECT TITLE FROM LIBRARY_RECORD WHERE ID = ?")) { //$NON-NLS-1$
			s.setLong(1, recordId);
			try (ResultSet r = s.executeQuery()) {
				if (!r.next()) {
					throw refused(ReviewMessages.fieldReview, String.valueOf(recordId),
							NLS.bind(ReviewMessages.noSuchRecord, recordId));
				}
				return r.getString(1);
			}
		}
	}

	private interface Parameters {
		void set(PreparedStatement statement) throws SQLException;
	}

	private static List<Review> select(Connection c, String clause, Parameters parameters) throws SQLException {
		List<Review> reviews = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(SELECT + clause)) {
			parameters.set(s);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					reviews.add(new Review(r.getLong(1), ReviewSubject.valueOf(r.getString(2)), r.getLong(3),
							r.getString(4), ReviewStatus.valueOf(r.getString(5)), r.getLong(6), r.getString(7),
							instant(r.getTimestamp(8, Utc.calendar())), r.getLong(9), r.getString(10),
							instant(r.getTimestamp(11, Utc.calendar())),
							r.getString(12)));
				}
			}
		}
		return reviews;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String truncated(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static ValidationException refused(String field, String value, String message) {
		return new ValidationException(List.of(new FieldProblem(field, value, message)), null, null);
	}
}
