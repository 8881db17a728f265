package org.techserv.store.emf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Rows owned by one record and kept in order (addresses, notes, attachments, qualifications): written as a whole
 * when they change, read back in order. They have no identity of their own; the owner's version covers them.
 */
public final class ChildRows {

	private final String table;
	private final String ownerColumn;
	private final EClass eClass;
	private final List<Column> columns;
	private final String insert;
	private final String select;
	private final String delete;

	public ChildRows(String table, String ownerColumn, EClass eClass, List<Column> columns) {
		this.table = table;
		this.ownerColumn = ownerColumn;
		this.eClass = eClass;
		this.columns = List.copyOf(columns);
		String names = columns.stream().map(Column::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
		this.insert = "INSERT INTO " + table + " (" + ownerColumn + ", SEQ, " + names + ") VALUES (?, ?, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.select = "SELECT " + names + " FROM " + table + " WHERE " + ownerColumn + " = ? ORDER BY SEQ"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		this.delete = "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public String table() {
		return table;
	}

	public List<Column> columns() {
		return columns;
	}

	/** The rows of one owner, as new objects, in their stored order; reference columns are left unset. */
	public List<EObject> load(Connection connection, long owner) throws SQLException {
		return load(connection, owner, (reference, id) -> null);
	}

	/**
	 * The rows of one owner, as new objects, in their stored order; {@code resolver} turns the ids in reference
	 * columns into the records they name.
	 */
	public List<EObject> load(Connection connection, long owner, References resolver) throws SQLException {
		List<EObject> children = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(select)) {
			statement.setLong(1, owner);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					EObject child = EcoreUtil.create(eClass);
					Columns.read(rows, 1, columns, child, resolver);
					children.add(child);
				}
			}
		}
		return children;
	}

	/** Replaces the owner's rows with {@code children}, in their order. */
	public void replace(Connection connection, long owner, List<? extends EObject> children) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(delete)) {
			statement.setLong(1, owner);
			statement.executeUpdate();
		}
		if (children.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			int seq = 0;
			for (EObject child : children) {
				statement.setLong(1, owner);
				statement.setInt(2, seq++);
				Columns.bind(statement, 3, columns, child);
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/** The rows as one line of text for the audit trail, e.g. {@code CITY=Bandung, COUNTRY=ID | CITY=Delft}. */
	public String describe(List<? extends EObject> children) {
		return children.stream().map(this::describe).collect(Collectors.joining(" | ")); //$NON-NLS-1$
	}

	public String describe(EObject child) {
		return columns.stream().filter(c -> c.valueOf(child) != null)
				.map(c -> c.name() + '=' + ValueType.text(c.valueOf(child))).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
