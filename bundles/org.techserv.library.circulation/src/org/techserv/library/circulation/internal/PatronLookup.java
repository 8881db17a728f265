package org.techserv.library.circulation.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.techserv.library.circulation.Patron;

/**
 * Reads patrons from the core model's party tables (role kind PatronRole): the one query and row mapping that the
 * desk's card lookup and the Patrons view's search share.
 */
public final class PatronLookup {

	/**
	 * Every patron with the columns {@link #patron(ResultSet)} reads; parameter 1 is today (for the overdue count).
	 * Ends inside its WHERE clause, so a caller may append {@code AND ...} conditions and an ORDER BY.
	 */
	public static final String SELECT_PATRONS = "SELECT P.ID, R.BARCODE, P.KIND, P.GIVEN_NAME, P.FAMILY_NAME, P.NAME, " //$NON-NLS-1$
			+ "R.BLOCKED, R.BLOCK_REASON, " //$NON-NLS-1$
			+ "(SELECT COUNT(*) FROM LIBRARY_LOAN L WHERE L.PATRON_ID = P.ID), " //$NON-NLS-1$
			+ "(SELECT COUNT(*) FROM LIBRARY_LOAN L WHERE L.PATRON_ID = P.ID AND L.DUE_DATE < ?) " //$NON-NLS-1$
			+ "FROM CORE_PARTY_ROLE R JOIN CORE_PARTY P ON P.ID = R.PARTY_ID WHERE R.KIND = 'PatronRole' "; //$NON-NLS-1$

	private PatronLookup() {
	}

	/** The patron with this card, or null. */
	public static Patron find(Connection connection, String barcode, LocalDate today) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(SELECT_PATRONS + "AND R.BARCODE = ?")) { //$NON-NLS-1$
			select.setDate(1, Date.valueOf(today));
			select.setString(2, barcode);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? patron(row) : null;
			}
		}
	}

	/** The patron on the current row of a {@link #SELECT_PATRONS} result. */
	public static Patron patron(ResultSet row) throws SQLException {
		return new Patron(row.getLong(1), row.getString(2), partyName(row, 3), row.getInt(7) != 0, row.getString(8),
				row.getInt(9), row.getInt(10));
	}

	/**
	 * The display name of a party read as four columns from {@code kindColumn} on: P.KIND, P.GIVEN_NAME,
	 * P.FAMILY_NAME, P.NAME (a person's is built from the first two names, an organisation's is its name).
	 */
	public static String partyName(ResultSet row, int kindColumn) throws SQLException {
		return "P".equals(row.getString(kindColumn)) //$NON-NLS-1$
				? name(row.getString(kindColumn + 1), row.getString(kindColumn + 2))
				: row.getString(kindColumn + 3);
	}

	/** "Given Family", or whichever of the two there is. */
	public static String name(String given, String family) {
		if (given == null || given.isBlank()) {
			return family == null ? "" : family; //$NON-NLS-1$
		}
		return family == null || family.isBlank() ? given : given + ' ' + family;
	}
}
