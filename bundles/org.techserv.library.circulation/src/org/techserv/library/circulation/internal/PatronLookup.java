package org.techserv.library.circulation.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.techserv.library.circulation.Patron;

/** Finds a patron by card barcode in the core model's party tables (role kind PatronRole). */
public final class PatronLookup {

	private static final String SELECT = "SELECT P.ID, R.BARCODE, P.KIND, P.GIVEN_NAME, P.FAMILY_NAME, P.NAME, " //$NON-NLS-1$
			+ "R.BLOCKED, R.BLOCK_REASON, " //$NON-NLS-1$
			+ "(SELECT COUNT(*) FROM LIBRARY_LOAN L WHERE L.PATRON_ID = P.ID), " //$NON-NLS-1$
			+ "(SELECT COUNT(*) FROM LIBRARY_LOAN L WHERE L.PATRON_ID = P.ID AND L.DUE_DATE < ?) " //$NON-NLS-1$
			+ "FROM CORE_PARTY_ROLE R JOIN CORE_PARTY P ON P.ID = R.PARTY_ID " //$NON-NLS-1$
			+ "WHERE R.BARCODE = ? AND R.KIND = 'PatronRole'"; //$NON-NLS-1$

	private PatronLookup() {
	}

	/** The patron with this card, or null. */
	public static Patron find(Connection connection, String barcode, LocalDate today) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(SELECT)) {
			select.setDate(1, Date.valueOf(today));
			select.setString(2, barcode);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				String name = "P".equals(row.getString(3)) ? name(row.getString(4), row.getString(5)) : row.getString(6); //$NON-NLS-1$
				return new Patron(row.getLong(1), row.getString(2), name, row.getInt(7) != 0, row.getString(8),
						row.getInt(9), row.getInt(10));
			}
		}
	}

	/** "Given Family", or whichever of the two there is. */
	public static String name(String given, String family) {
		if (given == null || given.isBlank()) {
			return family == null ? "" : family; //$NON-NLS-1$
		}
		return family == null || family.isBlank() ? given : given + ' ' + family;
	}
}
