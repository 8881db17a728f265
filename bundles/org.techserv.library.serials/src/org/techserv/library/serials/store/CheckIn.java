package org.techserv.library.serials.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.serials.HoldingsStatement;
import org.techserv.library.serials.HoldingsStatement.Holding;
import org.techserv.library.serials.HoldingsStatement.State;
import org.techserv.library.serials.IssuePrediction;
import org.techserv.library.serials.PredictedIssue;
import org.techserv.library.serials.internal.Messages;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.ItemRepository;
import org.techserv.model.edit.FieldIssue;
import org.techserv.model.edit.ModelValidation;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreEvents;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.ValidationException;

/**
 * The daily work on issues: what is due and late, receiving (optionally as a new item with a barcode, in the
 * same transaction), marking combined, skipped or missing, and the holdings statement that results.
 */
public final class CheckIn {

	private static final String OPEN = "('EXPECTED', 'LATE', 'CLAIMED')"; //$NON-NLS-1$

	private final Database database;
	private final BibliographicRecordRepository records;
	private final ItemRepository items;

	public CheckIn(Database database) {
		this.database = database;
		this.records = new BibliographicRecordRepository(database);
		this.items = new ItemRepository(database);
	}

	/** Issues expected up to the day and not yet received, claimed ones too, oldest first; late ones marked first. */
	public List<SerialIssue> due(LocalDate day) throws StoreException {
		markLate(day);
		return Transactions.read(database, c -> IssueRows.select(c,
				"WHERE I.STATUS IN " + OPEN + " AND I.EXPECTED <= ? ORDER BY I.EXPECTED, R.TITLE, I.SEQ", //$NON-NLS-1$ //$NON-NLS-2$
				s -> s.setDate(1, IssueRows.sql(day))));
	}

	/** The issues of one subscription in order. */
	public List<SerialIssue> ofSubscription(long subscriptionId) throws StoreException {
		return Transactions.read(database, c -> IssueRows.select(c, "WHERE I.SUBSCRIPTION_ID = ? ORDER BY I.SEQ", //$NON-NLS-1$
				s -> s.setLong(1, subscriptionId)));
	}

	public SerialIssue load(long issueId) throws StoreException {
		return Transactions.read(database, c -> load(c, issueId));
	}

	static SerialIssue load(Connection c, long issueId) throws SQLException, StoreException {
		List<SerialIssue> found = IssueRows.select(c, "WHERE I.ID = ?", s -> s.setLong(1, issueId)); //$NON-NLS-1$
		if (found.isEmpty()) {
			throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(Messages.issueNotFound, issueId), null,
					null);
		}
		return found.get(0);
	}

	/** Expected issues past their expected date and the subscription's grace days become late; returns how many. */
	public int markLate(LocalDate today) throws StoreException {
		return Transactions.inTransaction(database, c -> {
			List<Long> late = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT I.ID, I.EXPECTED, S.GRACE_DAYS FROM SERIAL_ISSUE I " //$NON-NLS-1$
					+ "JOIN SERIAL_SUBSCRIPTION S ON S.ID = I.SUBSCRIPTION_ID WHERE I.STATUS = 'EXPECTED' AND I.EXPECTED < ?")) { //$NON-NLS-1$
				s.setDate(1, IssueRows.sql(today));
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						if (IssueRows.date(r, 2).plusDays(r.getInt(3)).isBefore(today)) {
							late.add(r.getLong(1));
						}
					}
				}
			}
			try (PreparedStatement s = c.prepareStatement(
					"UPDATE SERIAL_ISSUE SET STATUS = 'LATE' WHERE ID = ? AND STATUS = 'EXPECTED'")) { //$NON-NLS-1$
				for (long id : late) {
					s.setLong(1, id);
					s.addBatch();
				}
				s.executeBatch();
			}
			if (!late.isEmpty()) {
				StoreEvents.changed(c, StoreEvents.WORK); // late issues are claimed from My Work
			}
			return late.size();
		});
	}

	/**
	 * Receives an issue that is still to come. With a barcode, a new available item of the subscription's record
	 * is saved in the same transaction (call number with the issue's enumeration, the subscription's location);
	 * a barcode already in use is refused naming it and nothing is saved.
	 *
	 * @param barcode null or blank to receive without an item
	 * @return the issue as received
	 */
	public SerialIssue receive(long issueId, LocalDate day, String barcode) throws StoreException {
		String code = barcode == null ? "" : barcode.strip(); //$NON-NLS-1$
		try {
			return Transactions.inTransaction(database, c -> {
				SerialIssue issue = openIssue(c, issueId);
				long itemId = 0;
				if (!code.isEmpty()) {
					refuseUsedBarcode(c, code, issue);
					itemId = newItem(c, issue, code);
				}
				try (PreparedStatement s = c.prepareStatement("UPDATE SERIAL_ISSUE SET STATUS = 'RECEIVED', RECEIVED = ?, " //$NON-NLS-1$
						+ "RECEIVED_BY = ?, ITEM_ID = ? WHERE ID = ? AND STATUS IN " + OPEN)) { //$NON-NLS-1$
					s.setDate(1, IssueRows.sql(day));
					s.setString(2, database.user());
					if (itemId == 0) {
						s.setNull(3, java.sql.Types.BIGINT);
					} else {
						s.setLong(3, itemId);
					}
					s.setLong(4, issueId);
					if (s.executeUpdate() == 0) {
						throw notOpen(load(c, issueId));
					}
				}
				StoreEvents.changed(c, StoreEvents.WORK);
				return load(c, issueId);
			});
		} catch (StoreException e) {
			// another desk took the barcode between the check and the insert
			if ("23505".equals(e.sqlState()) && String.valueOf(e.getCause()).contains("UQ_ITEM_BARCODE")) { //$NON-NLS-1$ //$NON-NLS-2$
				SerialIssue issue = load(issueId);
				throw new ValidationException(List.of(new FieldProblem(Messages.fieldBarcode, code,
						NLS.bind(Messages.barcodeInUse, code, issue.label()))), e.sqlState(), e);
			}
			throw e;
		}
	}

	/** Marks an issue still to come as combined (arrived inside another), skipped (not published) or missing. */
	public SerialIssue mark(long issueId, IssueStatus status) throws StoreException {
		if (status != IssueStatus.COMBINED && status != IssueStatus.SKIPPED && status != IssueStatus.MISSING) {
			throw new ValidationException(List.of(new FieldProblem(Messages.fieldIssue, status.name(),
					NLS.bind(Messages.markNotAllowed, status.label()))), null, null);
		}
		return Transactions.inTransaction(database, c -> {
			openIssue(c, issueId);
			try (PreparedStatement s = c.prepareStatement(
					"UPDATE SERIAL_ISSUE SET STATUS = ? WHERE ID = ? AND STATUS IN " + OPEN)) { //$NON-NLS-1$
				s.setString(1, status.name());
				s.setLong(2, issueId);
				if (s.executeUpdate() == 0) {
					throw notOpen(load(c, issueId));
				}
			}
			StoreEvents.changed(c, StoreEvents.WORK);
			return load(c, issueId);
		});
	}

	/**
	 * The holdings statement of a subscription: received and combined issues are held, missing, late and claimed
	 * ones are gaps, skipped ones are no gap, issues still expected are left out.
	 */
	public String holdings(long subscriptionId, LocalDate today) throws StoreException {
		Subscription subscription = Transactions.read(database, c -> SubscriptionRepository.load(c, subscriptionId));
		IssuePrediction prediction = SubscriptionRepository.check(subscription);
		List<SerialIssue> stored = ofSubscription(subscriptionId);
		if (stored.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		List<PredictedIssue> predicted = prediction.first(stored.get(stored.size() - 1).sequence());
		List<Holding> holdings = new ArrayList<>();
		for (SerialIssue issue : stored) {
			State state = switch (issue.status()) {
			case RECEIVED, COMBINED, AT_BINDERY, BOUND -> State.HELD;
			case SKIPPED -> State.NOT_PUBLISHED;
			case MISSING, LATE, CLAIMED -> State.LACKING;
			case EXPECTED -> null;
			};
			if (state != null) {
				holdings.add(new Holding(predicted.get(issue.sequence() - 1), state));
			}
		}
		return HoldingsStatement.of(holdings, subscription.current(today));
	}

	private static SerialIssue openIssue(Connection c, long issueId) throws SQLException, StoreException {
		SerialIssue issue = load(c, issueId);
		if (!issue.status().open()) {
			throw notOpen(issue);
		}
		return issue;
	}

	private static ValidationException notOpen(SerialIssue issue) {
		String status = issue.status().label();
		return new ValidationException(List.of(new FieldProblem(Messages.fieldIssue, issue.label(),
				NLS.bind(Messages.issueNotOpen, new Object[] { issue.label(), issue.title(), status }))), null, null);
	}

	private static void refuseUsedBarcode(Connection c, String code, SerialIssue issue)
			throws SQLException, ValidationException {
		try (PreparedStatement s = c.prepareStatement("SELECT ID FROM LIBRARY_ITEM WHERE BARCODE = ?")) { //$NON-NLS-1$
			s.setString(1, code);
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					throw new ValidationException(List.of(new FieldProblem(Messages.fieldBarcode, code,
							NLS.bind(Messages.barcodeInUse, code, issue.label()))), null, null);
				}
			}
		}
	}

	private long newItem(Connection c, SerialIssue issue, String code) throws SQLException, StoreException {
		long recordId;
		String location;
		try (PreparedStatement s = c.prepareStatement(
				"SELECT RECORD_ID, LOCATION FROM SERIAL_SUBSCRIPTION WHERE ID = ?")) { //$NON-NLS-1$
			s.setLong(1, issue.subscriptionId());
			try (ResultSet r = s.executeQuery()) {
				r.next();
				recordId = r.getLong(1);
				location = r.getString(2);
			}
		}
		int copy = 1;
		try (PreparedStatement s = c.prepareStatement(
				"SELECT MAX(COPY_NUMBER) FROM LIBRARY_ITEM WHERE RECORD_ID = ?")) { //$NON-NLS-1$
			s.setLong(1, recordId);
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					copy = r.getInt(1) + 1;
				}
			}
		}
		BibliographicRecord record = records.load(c, recordId);
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setRecord(record);
		item.setBarcode(code);
		String callNumber = record.getCallNumber() == null ? "" : record.getCallNumber().strip() + ' '; //$NON-NLS-1$
		item.setCallNumber(callNumber + issue.enumeration());
		item.setLocation(location);
		item.setCopyNumber(copy);
		item.setStatus(ItemStatus.AVAILABLE);
		List<FieldIssue> problems = ModelValidation.check(item);
		if (!problems.isEmpty()) {
			throw new ValidationException(
					problems.stream().map(p -> new FieldProblem(p.label(), p.value(), p.message())).toList(), null, null);
		}
		items.save(c, item);
		return item.getId();
	}
}
