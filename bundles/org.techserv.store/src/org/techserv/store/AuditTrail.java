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

	private AuditTrail() {
	}

	/** Appends entries; call inside the transaction that makes the change. */
	public static void record(Connection connection, List<AuditEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TS_AUDIT (ENTITY_TYPE, ENTITY_ID, " //$NON-NLS-1$
				+ "ENTITY_VERSION, ACTION, FIELD, OLD_VALUE, NEW_VALUE, CHANGED_BY, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			for (AuditEntry entry : entries) {
				insert.setString(1, entry.entityType());
				insert.setLong(2, entry.entityId());
				insert.setInt(3, entry.version());
				insert.setString(4, String.valueOf(entry.action().code()));
				insert.setString(5, entry.field());
				insert.setString(6, cut(entry.oldValue()));
				insert.setString(7, cut(entry.newValue()));
				insert.setString(8, entry.user());
				insert.setTimestamp(9, Timestamp.from(entry.at()), Utc.calendar());
				insert.addBatch();
			}
			insert.executeBatch();
		}
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
