package org.techserv.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Who changed what and when, kept in {@code TS_AUDIT} in the same transaction as the change itself, so the trail
 * never says something happened that did not (or misses something that did).
 */
public final class AuditTrail {

	/** Longest value text kept; longer values are cut with an ellipsis. */
	public static final int MAX_VALUE = 4000;

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String INSERT = "INSERT INTO TS_AUDIT (ENTITY_TYPE, ENTITY_ID, ENTITY_VERSION, ACTION, FIELD, " //$NON-NLS-1$
			+ "OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT) VALUES " + ROW; //$NON-NLS-1$
	private static final int ROWS = 25;

	private AuditTrail() {
	}

	/** Appends entries; call inside the transaction that makes the change. */
	public static void record(Connection connection, List<AuditEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		int whole = entries.size() - entries.size() % ROWS;
		if (whole > 0) {
			// many entries (an import's batch): ROWS a statement, as Derby runs one statement per row of a JDBC batch
			try (PreparedStatement insert = connection.prepareStatement(INSERT + (", " + ROW).repeat(ROWS - 1))) { //$NON-NLS-1$
				for (int from = 0; from < whole; from += ROWS) {
					for (int i = 0; i < ROWS; i++) {
						bind(insert, i * 9 + 1, entries.get(from + i));
					}
					insert.executeUpdate();
				}
			}
		}
		if (whole < entries.size()) {
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				for (AuditEntry entry : entries.subList(whole, entries.size())) {
					bind(insert, 1, entry);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}
	}

	private static void bind(PreparedStatement insert, int first, AuditEntry entry) throws SQLException {
		insert.setString(first, entry.entityType());
		insert.setLong(first + 1, entry.entityId());
		insert.setInt(first + 2, entry.version());
		insert.setString(first + 3, String.valueOf(entry.action().code()));
		insert.setString(first + 4, entry.field());
		insert.setString(first + 5, cut(entry.oldValue()));
		insert.setString(first + 6, cut(entry.newValue()));
		insert.setString(first + 7, entry.user());
		insert.setTimestamp(first + 8, Timestamp.from(entry.at()), Utc.calendar());
	}

	/** The history of one record, oldest first. */
	public static List<AuditEntry> history(Connection connection, String entityType, long entityId) throws SQLException {
		List<AuditEntry> entries = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT ENTITY_VERSION, ACTION, FIELD, OLD_VALUE, " //$NON-NLS-1$
				+ "NEW_VALUE, CHANGED_BY, CHANGED_AT FROM TS_AUDIT WHERE ENTITY_TYPE = ? AND ENTITY_ID = ? ORDER BY ID")) { //$NON-NLS-1$
			select.setString(1, entityType);
			select.setLong(2, entityId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					entries.add(new AuditEntry(entityType, entityId, rows.getInt(1), AuditEntry.Action.of(rows.getString(2).charAt(0)),
							rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
							rows.getTimestamp(7, Utc.calendar()).toInstant()));
				}
			}
		}
		return entries;
	}

	private static String cut(String value) {
		return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + '\u2026';
	}
}
