package org.techserv.library.serials.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.IssuePrediction;
import org.techserv.library.serials.PatternException;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictedIssue;
import org.techserv.library.serials.internal.Messages;
import org.techserv.store.ConflictException;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.Utc;
import org.techserv.store.ValidationException;
import org.techserv.store.emf.EntityTable;

/**
 * Subscriptions and the issues their patterns expect. Saving checks the pattern (a pattern that cannot produce
 * dates is refused naming the value); {@link #predict} stores the issues expected up to a date.
 */
public final class SubscriptionRepository {

	private static final String SELECT = "SELECT S.ID, S.VERSION, S.RECORD_ID, R.TITLE, S.VENDOR, S.START_DATE, " //$NON-NLS-1$
			+ "S.END_DATE, S.PATTERN, S.GRACE_DAYS, S.CLAIM_DAYS, S.LOCATION FROM SERIAL_SUBSCRIPTION S " //$NON-NLS-1$
			+ "JOIN LIBRARY_RECORD R ON R.ID = S.RECORD_ID "; //$NON-NLS-1$

	private final Database database;

	public SubscriptionRepository(Database database) {
		this.database = database;
	}

	/** Every subscription by title. */
	public List<Subscription> all() throws StoreException {
		return Transactions.read(database, c -> select(c, "ORDER BY R.TITLE, S.ID", s -> { //$NON-NLS-1$
		}));
	}

	public List<Subscription> ofRecord(long recordId) throws StoreException {
		return Transactions.read(database, c -> select(c, "WHERE S.RECORD_ID = ? ORDER BY S.START_DATE, S.ID", //$NON-NLS-1$
				s -> s.setLong(1, recordId)));
	}

	public Subscription load(long id) throws StoreException {
		return Transactions.read(database, c -> load(c, id));
	}

	static Subscription load(Connection c, long id) throws SQLException, StoreException {
		List<Subscription> found = select(c, "WHERE S.ID = ?", s -> s.setLong(1, id)); //$NON-NLS-1$
		if (found.isEmpty()) {
			throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(Messages.subscriptionNotFound, id), null,
					null);
		}
		return found.get(0);
	}

	/**
	 * Inserts (id 0) or updates a subscription after checking it, and returns it with its id and version. A
	 * changed pattern predicts again the issues still expected; received, claimed and marked ones stay.
	 */
	public Subscription save(Subscription subscription) throws StoreException {
		check(subscription);
		return Transactions.inTransaction(database, c -> {
			String user = database.user();
			Timestamp now = Timestamp.from(Instant.now());
			if (subscription.id() == 0) {
				long id = EntityTable.nextId(c);
				try (PreparedStatement s = c.prepareStatement("INSERT INTO SERIAL_SUBSCRIPTION (ID, VERSION, " //$NON-NLS-1$
						+ "CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT, RECORD_ID, VENDOR, START_DATE, END_DATE, " //$NON-NLS-1$
						+ "PATTERN, GRACE_DAYS, CLAIM_DAYS, LOCATION) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
					s.setLong(1, id);
					s.setString(2, user);
					s.setTimestamp(3, now, Utc.calendar());
					s.setString(4, user);
					s.setTimestamp(5, now, Utc.calendar());
					bind(s, 6, subscription);
					s.executeUpdate();
				}
				return subscription.withId(id, 1);
			}
			Subscription before = load(c, subscription.id());
			try (PreparedStatement s = c.prepareStatement("UPDATE SERIAL_SUBSCRIPTION SET VERSION = VERSION + 1, " //$NON-NLS-1$
					+ "UPDATED_BY = ?, UPDATED_AT = ?, RECORD_ID = ?, VENDOR = ?, START_DATE = ?, END_DATE = ?, " //$NON-NLS-1$
					+ "PATTERN = ?, GRACE_DAYS = ?, CLAIM_DAYS = ?, LOCATION = ?, " //$NON-NLS-1$
					+ "PREDICTED_THROUGH = NULL WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$
				s.setString(1, user);
				s.setTimestamp(2, now, Utc.calendar());
				bind(s, 3, subscription);
				s.setLong(11, subscription.id());
				s.setInt(12, subscription.version());
				if (s.executeUpdate() == 0) {
					throw new ConflictException(NLS.bind(Messages.subscriptionChanged, subscription.id()), null, null,
							before.version());
				}
			}
			if (!before.pattern().equals(subscription.pattern()) || !before.start().equals(subscription.start())) {
				try (PreparedStatement s = c.prepareStatement(
						"DELETE FROM SERIAL_ISSUE WHERE SUBSCRIPTION_ID = ? AND STATUS = 'EXPECTED'")) { //$NON-NLS-1$
					s.setLong(1, subscription.id());
					s.executeUpdate();
				}
			}
			return subscription.withId(subscription.id(), subscription.version() + 1);
		});
	}

	/** The subscription's prediction, or a refusal naming the field and value at fault. */
	static IssuePrediction check(Subscription subscription) throws ValidationException {
		List<FieldProblem> problems = new ArrayList<>();
		if (subscription.vendor() == null || subscription.vendor().isBlank()) {
			problems.add(new FieldProblem(Messages.fieldVendor, "", Messages.vendorRequired)); //$NON-NLS-1$
		}
		if (subscription.start() == null) {
			problems.add(new FieldProblem(Messages.fieldStart, "", Messages.startRequired)); //$NON-NLS-1$
		}
		if (subscription.graceDays() < 0) {
			problems.add(new FieldProblem(Messages.fieldGraceDays, String.valueOf(subscription.graceDays()),
					NLS.bind(Messages.daysNegative, Messages.fieldGraceDays, subscription.graceDays())));
		}
		if (subscription.claimDays() < 1) {
			problems.add(new FieldProblem(Messages.fieldClaimDays, String.valueOf(subscription.claimDays()),
					NLS.bind(Messages.claimDaysTooFew, subscription.claimDays())));
		}
		IssuePrediction prediction = null;
		try {
			prediction = IssuePrediction.of(PatternText.read(subscription.pattern() == null ? "" : subscription.pattern())); //$NON-NLS-1$
		} catch (PatternException e) {
			problems.add(new FieldProblem(Messages.fieldPattern, subscription.pattern(), e.getMessage()));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems, null, null);
		}
		return prediction;
	}

	/**
	 * Stores the issues the subscription expects up to the date (and not past its end) that are not stored yet;
	 * returns how many were added.
	 */
	public int predict(long subscriptionId, LocalDate until) throws StoreException {
		return Transactions.inTransaction(database, c -> predict(c, load(c, subscriptionId), until));
	}

	/** {@link #predict} for every subscription not yet predicted that far, in one transaction each. */
	public int predictAll(LocalDate until) throws StoreException {
		return predictAll(until, new NullProgressMonitor());
	}

	/**
	 * {@link #predictAll(LocalDate)} reporting each subscription to the monitor. Cancelling stops between two
	 * subscriptions: those done stay stored, the rest are predicted next time.
	 */
	public int predictAll(LocalDate until, IProgressMonitor monitor) throws StoreException {
		List<Subscription> behind = Transactions.read(database, c -> select(c, "WHERE S.PREDICTED_THROUGH IS NULL " //$NON-NLS-1$
				+ "OR S.PREDICTED_THROUGH < ? ORDER BY S.ID", s -> s.setDate(1, IssueRows.sql(until)))); //$NON-NLS-1$
		SubMonitor progress = SubMonitor.convert(monitor, behind.size());
		int added = 0;
		for (Subscription subscription : behind) {
			if (progress.isCanceled()) {
				break;
			}
			added += Transactions.inTransaction(database, c -> predict(c, subscription, until));
			progress.worked(1);
		}
		return added;
	}

	static int predict(Connection c, Subscription subscription, LocalDate until) throws SQLException, StoreException {
		IssuePrediction prediction = check(subscription);
		LocalDate last = subscription.end() != null && subscription.end().isBefore(until) ? subscription.end() : until;
		Set<Integer> stored = new HashSet<>();
		try (PreparedStatement s = c.prepareStatement("SELECT SEQ FROM SERIAL_ISSUE WHERE SUBSCRIPTION_ID = ?")) { //$NON-NLS-1$
			s.setLong(1, subscription.id());
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					stored.add(r.getInt(1));
				}
			}
		}
		int added = 0;
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO SERIAL_ISSUE (ID, SUBSCRIPTION_ID, SEQ, " //$NON-NLS-1$
				+ "ENUMERATION, CHRONOLOGY, EXPECTED, STATUS) VALUES (?, ?, ?, ?, ?, ?, 'EXPECTED')")) { //$NON-NLS-1$
			for (PredictedIssue issue : prediction.between(subscription.start(), last)) {
				if (stored.contains(issue.sequence())) {
					continue;
				}
				insert.setLong(1, EntityTable.nextId(c));
				insert.setLong(2, subscription.id());
				insert.setInt(3, issue.sequence());
				insert.setString(4, issue.enumeration());
				insert.setString(5, issue.chronology());
				insert.setDate(6, IssueRows.sql(issue.date()));
				insert.addBatch();
				added++;
			}
			insert.executeBatch();
		}
		try (PreparedStatement s = c.prepareStatement("UPDATE SERIAL_SUBSCRIPTION SET PREDICTED_THROUGH = ? " //$NON-NLS-1$
				+ "WHERE ID = ? AND (PREDICTED_THROUGH IS NULL OR PREDICTED_THROUGH < ?)")) { //$NON-NLS-1$
			s.setDate(1, IssueRows.sql(until));
			s.setLong(2, subscription.id());
			s.setDate(3, IssueRows.sql(until));
			s.executeUpdate();
		}
		return added;
	}

	private static void bind(PreparedStatement s, int from, Subscription subscription) throws SQLException {
		s.setLong(from, subscription.recordId());
		s.setString(from + 1, subscription.vendor().strip());
		s.setDate(from + 2, IssueRows.sql(subscription.start()));
		s.setDate(from + 3, IssueRows.sql(subscription.end()));
		s.setString(from + 4, subscription.pattern());
		s.setInt(from + 5, subscription.graceDays());
		s.setInt(from + 6, subscription.claimDays());
		s.setString(from + 7, subscription.location());
	}

	private static List<Subscription> select(Connection c, String clause, IssueRows.Parameters parameters)
			throws SQLException {
		List<Subscription> found = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(SELECT + clause)) {
			parameters.bind(s);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					found.add(new Subscription(r.getLong(1), r.getInt(2), r.getLong(3), r.getString(4), r.getString(5),
							IssueRows.date(r, 6), IssueRows.date(r, 7), r.getString(8), r.getInt(9), r.getInt(10),
							r.getString(11)));
				}
			}
		}
		return found;
	}
}
