package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue's change counter. Every saved or deleted record writes an audit entry in its own transaction (an
 * import batch one entry for all its new records), and audit entries are numbered upwards, so the newest entry's
 * id says how far the store has gone, and the entries after a number say which records changed since (for an
 * index that was not listening).
 */
public final class Generation {

	private Generation() {
	}

	/** The newest audit entry's id (a backward step on the primary key), 0 for an empty trail. */
	public static long current(Connection c) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT MAX(ID) FROM TS_AUDIT"); //$NON-NLS-1$
				ResultSet row = select.executeQuery()) {
			return row.next() ? row.getLong(1) : 0;
		}
	}

	/** The records with audit entries after {@code generation}, each once, oldest change first. */
	public static List<Long> changedSince(Connection c, long generation) throws SQLException {
		List<Long> ids = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		try (PreparedStatement select = c.prepareStatement("SELECT ENTITY_TYPE, ENTITY_ID, NEW_VALUE FROM TS_AUDIT " //$NON-NLS-1$
				+ "WHERE ID > ? AND ENTITY_TYPE IN (?, ?) ORDER BY ID")) { //$NON-NLS-1$
			select.setLong(1, generation);
			select.setString(2, RecordRows.ENTITY_TYPE);
			select.setString(3, RecordRows.IMPORT_TYPE);
			select.setFetchSize(1000);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					List<Long> changed = RecordRows.IMPORT_TYPE.equals(rows.getString(1))
							? IdRanges.parse(rows.getString(3))
							: List.of(rows.getLong(2));
					for (Long id : changed) {
						if (seen.add(id)) {
							ids.add(id);
						}
					}
				}
			}
		}
		return ids;
	}
}
