package org.techserv.library.circulation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.techserv.library.circulation.LoanRules;
import org.techserv.store.Utc;

/** The one row of LIBRARY_LOAN_RULES. */
public final class RulesRow {

	private RulesRow() {
	}

	public static LoanRules read(Connection connection) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT LOAN_DAYS, RENEWALS, MAX_ITEMS FROM LIBRARY_LOAN_RULES WHERE ID = 1"); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			return row.next() ? new LoanRules(row.getInt(1), row.getInt(2), row.getInt(3)) : LoanRules.DEFAULTS;
		}
	}

	public static void write(Connection connection, LoanRules rules, String user, Instant now) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE LIBRARY_LOAN_RULES SET LOAN_DAYS = ?, " //$NON-NLS-1$
				+ "RENEWALS = ?, MAX_ITEMS = ?, UPDATED_BY = ?, UPDATED_AT = ? WHERE ID = 1")) { //$NON-NLS-1$
			update.setInt(1, rules.loanDays());
			update.setInt(2, rules.renewals());
			update.setInt(3, rules.maxItems());
			update.setString(4, user);
			update.setTimestamp(5, Timestamp.from(now), Utc.calendar());
			update.executeUpdate();
		}
	}
}
