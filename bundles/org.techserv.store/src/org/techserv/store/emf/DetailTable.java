package org.techserv.store.emf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;

/**
 * The table of a subclass's own columns, joined to its parent's row by {@code ID} (e.g. {@code CORE_TASK} under
 * {@code CORE_WORK_ITEM}). Versioning and who/when live in the parent row; this table only adds columns.
 */
public final class DetailTable {

	private final String table;
	private final List<Column> columns;
	private final String insert;
	private final String update;
	private final String select;

	public DetailTable(String table, List<Column> columns) {
		this.table = table;
		this.columns = List.copyOf(columns);
		String names = columns.stream().map(Column::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
		this.insert = "INSERT INTO " + table + " (ID, " + names + ") VALUES (?, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.update = "UPDATE " + table + " SET " //$NON-NLS-1$ //$NON-NLS-2$
				+ columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", ")) + " WHERE ID = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.select = "SELECT " + names + " FROM " + table + " WHERE ID = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public String table() {
		return table;
	}

	public List<Column> columns() {
		return columns;
	}

	/** The column list for joining: {@code D.COL1, D.COL2} with the given alias. */
	public String selectList(String alias) {
		return columns.stream().map(c -> alias + '.' + c.name()).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	public void insert(Connection connection, long id, EObject object) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			statement.setLong(1, id);
			Columns.bind(statement, 2, columns, object);
			statement.executeUpdate();
		}
	}

	/** Writes the columns that changed and returns their audit entries (for the parent's new version). */
	public List<AuditEntry> update(Connection connection, long id, int version, EObject object, String entityType,
			String user, Instant now) throws SQLException {
		Map<String, String> before;
		try (PreparedStatement statement = connection.prepareStatement(select)) {
			statement.setLong(1, id);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					throw new SQLException("no " + table + " row for id " + id, "02000"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				before = Columns.storedSnapshot(row, 1, columns);
			}
		}
		List<AuditEntry> changes = new ArrayList<>();
		Columns.snapshot(columns, object).forEach((column, value) -> {
			if (!Objects.equals(before.get(column), value)) {
				changes.add(new AuditEntry(entityType, id, version, Action.UPDATED, column, before.get(column), value,
						user, now));
			}
		});
		if (!changes.isEmpty()) {
			try (PreparedStatement statement = connection.prepareStatement(update)) {
				int next = Columns.bind(statement, 1, columns, object);
				statement.setLong(next, id);
				statement.executeUpdate();
			}
		}
		return changes;
	}

	/** Reads this table's columns from a joined row, starting at {@code first}; references through {@code resolver}. */
	public void read(ResultSet row, int first, EObject object, References resolver) throws SQLException {
		Columns.read(row, first, columns, object, resolver);
	}

	public int columnCount() {
		return columns.size();
	}
}
