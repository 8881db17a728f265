package org.techserv.library.serials.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads stored issues with their subscription's title and vendor. */
final class IssueRows {

	static final String SELECT = "SELECT I.ID, I.SUBSCRIPTION_ID, I.SEQ, I.ENUMERATION, I.CHRONOLOGY, I.EXPECTED, " //$NON-NLS-1$
			+ "I.STATUS, I.RECEIVED, I.ITEM_ID, I.CLAIM_COUNT, I.LAST_CLAIM, I.NEXT_CLAIM, R.TITLE, S.VENDOR " //$NON-NLS-1$
			+ "FROM SERIAL_ISSUE I JOIN SERIAL_SUBSCRIPTION S ON S.ID = I.SUBSCRIPTION_ID " //$NON-NLS-1$
			+ "JOIN LIBRARY_RECORD R ON R.ID = S.RECORD_ID "; //$NON-NLS-1$

	/** Binds a clause's parameters. */
	@FunctionalInterface
	interface Parameters {
		void bind(PreparedStatement statement) throws SQLException;
	}

	private IssueRows() {
	}

	static List<SerialIssue> select(Connection c, String clause, Parameters parameters) throws SQLException {
		List<SerialIssue> issues = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(SELECT + clause)) {
			parameters.bind(s);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					issues.add(new SerialIssue(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4), r.getString(5),
							date(r, 6), IssueStatus.valueOf(r.getString(7)), date(r, 8), r.getLong(9), r.getInt(10),
							date(r, 11), date(r, 12), r.getString(13), r.getString(14)));
				}
			}
		}
		return issues;
	}

	static LocalDate date(ResultSet r, int column) throws SQLException {
		Date date = r.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Date sql(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
