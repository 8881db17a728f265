package org.techserv.library.circulation.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.techserv.library.circulation.Loan;
import org.techserv.store.Utc;

/** The open loans table and its history: SQL only, no rules (those are in Circulation). */
public final class LoanRows {

	private static final String LOAN_SELECT = "SELECT L.ITEM_ID, I.BARCODE, R.TITLE, L.PATRON_ID, PR.BARCODE, " //$NON-NLS-1$
			+ "P.KIND, P.GIVEN_NAME, P.FAMILY_NAME, P.NAME, L.LOANED_AT, L.DUE_DATE, L.RENEWALS, L.ID " //$NON-NLS-1$
			+ "FROM LIBRARY_LOAN L JOIN LIBRARY_ITEM I ON I.ID = L.ITEM_ID JOIN LIBRARY_RECORD R ON R.ID = I.RECORD_ID " //$NON-NLS-1$
			+ "JOIN CORE_PARTY P ON P.ID = L.PATRON_ID " //$NON-NLS-1$
			+ "LEFT JOIN CORE_PARTY_ROLE PR ON PR.PARTY_ID = P.ID AND PR.KIND = 'PatronRole' "; //$NON-NLS-1$

	private LoanRows() {
	}

	/** The open loan of a copy, or null. */
	public static Loan ofItem(Connection connection, long itemId) throws SQLException {
		List<Loan> loans = select(connection, LOAN_SELECT + "WHERE L.ITEM_ID = ?", itemId, null, 1); //$NON-NLS-1$
		return loans.isEmpty() ? null : loans.get(0);
	}

	/** A patron's open loans, soonest due first. */
	public static List<Loan> ofPatron(Connection connection, long patronId) throws SQLException {
		return select(connection, LOAN_SELECT + "WHERE L.PATRON_ID = ? ORDER BY L.DUE_DATE, L.ITEM_ID", patronId, //$NON-NLS-1$
				null, Integer.MAX_VALUE);
	}

	/** Loans due before {@code today}, longest overdue first, at most {@code limit}. */
	public static List<Loan> overdue(Connection connection, LocalDate today, int limit) throws SQLException {
		return select(connection, LOAN_SELECT + "WHERE L.DUE_DATE < ? ORDER BY L.DUE_DATE, L.ITEM_ID FETCH FIRST " //$NON-NLS-1$
				+ limit + " ROWS ONLY", null, today, limit); //$NON-NLS-1$
	}

	/** How many copies a patron has on loan. */
	public static int count(Connection connection, long patronId) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT COUNT(*) FROM LIBRARY_LOAN WHERE PATRON_ID = ?")) { //$NON-NLS-1$
			select.setLong(1, patronId);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				return row.getInt(1);
			}
		}
	}

	public static void insert(Connection connection, long id, long itemId, long patronId, Instant now, String user,
			LocalDate due) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO LIBRARY_LOAN (ITEM_ID, ID, PATRON_ID, " //$NON-NLS-1$
				+ "LOANED_AT, LOANED_BY, DUE_DATE, RENEWALS) VALUES (?, ?, ?, ?, ?, ?, 0)")) { //$NON-NLS-1$
			insert.setLong(1, itemId);
			insert.setLong(2, id);
			insert.setLong(3, patronId);
			insert.setTimestamp(4, Timestamp.from(now), Utc.calendar());
			insert.setString(5, user);
			insert.setDate(6, Date.valueOf(due));
			insert.executeUpdate();
		}
	}

	/** Sets a new due date and counts the renewal; false when the loan was returned or renewed meanwhile. */
	public static boolean renew(Connection connection, long itemId, int renewals, LocalDate due) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE LIBRARY_LOAN SET DUE_DATE = ?, RENEWALS = RENEWALS + 1 WHERE ITEM_ID = ? AND RENEWALS = ?")) { //$NON-NLS-1$
			update.setDate(1, Date.valueOf(due));
			update.setLong(2, itemId);
			update.setInt(3, renewals);
			return update.executeUpdate() == 1;
		}
	}

	/** Moves the open loan of a copy into the history; false when there was none (returned meanwhile). */
	public static boolean close(Connection connection, long itemId, Instant now, String user) throws SQLException {
		try (PreparedStatement copy = connection.prepareStatement("INSERT INTO LIBRARY_LOAN_HISTORY (ID, ITEM_ID, " //$NON-NLS-1$
				+ "PATRON_ID, LOANED_AT, LOANED_BY, DUE_DATE, RENEWALS, RETURNED_AT, RETURNED_BY) SELECT ID, ITEM_ID, " //$NON-NLS-1$
				+ "PATRON_ID, LOANED_AT, LOANED_BY, DUE_DATE, RENEWALS, ?, ? FROM LIBRARY_LOAN WHERE ITEM_ID = ?")) { //$NON-NLS-1$
			copy.setTimestamp(1, Timestamp.from(now), Utc.calendar());
			copy.setString(2, user);
			copy.setLong(3, itemId);
			if (copy.executeUpdate() != 1) {
				return false;
			}
		}
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM LIBRARY_LOAN WHERE ITEM_ID = ?")) { //$NON-NLS-1$
			delete.setLong(1, itemId);
			return delete.executeUpdate() == 1;
		}
	}

	private static List<Loan> select(Connection connection, String sql, Long key, LocalDate date, int limit)
			throws SQLException {
		List<Loan> loans = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			if (key != null) {
				select.setLong(1, key);
			} else {
				select.setDate(1, Date.valueOf(date));
			}
			try (ResultSet row = select.executeQuery()) {
				while (row.next() && loans.size() < limit) {
					String name = PatronLookup.partyName(row, 6);
					loans.add(new Loan(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
							row.getString(5), name, row.getTimestamp(10, Utc.calendar()).toInstant(),
							row.getDate(11).toLocalDate(), row.getInt(12)));
				}
			}
		}
		return loans;
	}
}
