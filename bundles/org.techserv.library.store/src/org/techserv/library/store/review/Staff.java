package org.techserv.library.store.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.store.internal.ReviewMessages;
import org.techserv.model.core.StaffFunction;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * A staff person as the review rules see them: their name and the functions of their staff roles, read in the
 * transaction that acts on their behalf.
 */
record Staff(long id, String name, Set<String> functionNames) {

	/** The person with their staff functions; empty when there is no such party. */
	static Optional<Staff> load(Connection c, long partyId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT P.SORT_NAME, R.STAFF_FUNCTION FROM CORE_PARTY P " //$NON-NLS-1$
				+ "LEFT JOIN CORE_PARTY_ROLE R ON R.PARTY_ID = P.ID AND R.KIND = 'StaffRole' WHERE P.ID = ?")) { //$NON-NLS-1$
			s.setLong(1, partyId);
			String name = null;
			Set<String> functions = new TreeSet<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					name = r.getString(1);
					if (r.getString(2) != null) {
						functions.add(r.getString(2));
					}
				}
			}
			return name == null ? Optional.empty() : Optional.of(new Staff(partyId, name, functions));
		}
	}

	/**
	 * The staff person a step acts for, refused when there is none, when they have no staff role, or when the
	 * database login is another staff person's (the workbench then acts for that person only).
	 */
	static Staff acting(Connection c, Database database, long partyId, String what) throws SQLException, StoreException {
		Staff staff = load(c, partyId).orElseThrow(() -> Reviews.refused(ReviewMessages.fieldStaff,
				String.valueOf(partyId), NLS.bind(ReviewMessages.noSuchStaff, partyId)));
		if (!isStaff(c, partyId)) {
			throw Reviews.refused(ReviewMessages.fieldStaff, staff.name(),
					NLS.bind(ReviewMessages.notStaff, staff.name(), what));
		}
		String login = database.user();
		try (PreparedStatement s = c.prepareStatement("SELECT P.ID, P.SORT_NAME FROM CORE_PARTY_ROLE R JOIN CORE_PARTY P " //$NON-NLS-1$
				+ "ON P.ID = R.PARTY_ID WHERE R.KIND = 'StaffRole' AND UPPER(R.LOGIN) = ?")) { //$NON-NLS-1$
			s.setString(1, login.toUpperCase(Locale.ROOT));
			try (ResultSet r = s.executeQuery()) {
				if (r.next() && r.getLong(1) != partyId) {
					throw Reviews.refused(ReviewMessages.fieldStaff, staff.name(),
							NLS.bind(ReviewMessages.actingAsOther, new Object[] { login, r.getString(2), staff.name() }));
				}
			}
		}
		return staff;
	}

	/** A librarian may decide reviews (see docs/review.md for why supervisors are not). */
	boolean librarian() {
		return functionNames.contains(StaffFunction.LIBRARIAN.getName());
	}

	/** The functions for a message, e.g. "technician". */
	String functions() {
		return functionNames.isEmpty() ? "-" //$NON-NLS-1$
				: String.join(", ", functionNames).toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	private static boolean isStaff(Connection c, long partyId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"SELECT 1 FROM CORE_PARTY_ROLE WHERE PARTY_ID = ? AND KIND = 'StaffRole'")) { //$NON-NLS-1$
			s.setLong(1, partyId);
			try (ResultSet r = s.executeQuery()) {
				return r.next();
			}
		}
	}
}
