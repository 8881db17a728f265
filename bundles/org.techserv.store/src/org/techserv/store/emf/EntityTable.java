package org.techserv.store.emf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.ConflictException;
import org.techserv.store.StoreException;
import org.techserv.store.StoreException.Reason;
import org.techserv.store.Utc;
import org.techserv.store.internal.Messages;

/**
 * The row of a stored record in one table: {@code ID}, {@code VERSION}, who created and changed it when, and the
 * columns of its own attributes. Builds the SQL once (explicit, prepared, no ORM), writes with optimistic
 * locking ({@code ... WHERE ID = ? AND VERSION = ?}) and tells the audit trail which columns changed.
 * <p>
 * The standard columns are read and written through the attributes {@code id}, {@code version},
 * {@code createdBy}, {@code createdAt}, {@code updatedBy}, {@code updatedAt} that every stored class inherits.
 */
public final class EntityTable {

	/** The attributes of the standard columns, from the model's common superclass. */
	public record StandardAttributes(EAttribute id, EAttribute version, EAttribute createdBy, EAttribute createdAt,
			EAttribute updatedBy, EAttribute updatedAt) {
	}

	private final String table;
	private final String entityType;
	private final StandardAttributes standard;
	private final List<Column> columns;
	private final String insert;
	private final String update;
	private final String select;

	/**
	 * @param table      the table name
	 * @param entityType the record kind as the audit trail names it (e.g. {@code Person})
	 * @param standard   the standard attributes
	 * @param columns    the record's own columns
	 */
	public EntityTable(String table, String entityType, StandardAttributes standard, List<Column> columns) {
		this.table = table;
		this.entityType = entityType;
		this.standard = standard;
		this.columns = List.copyOf(columns);
		String names = columns.stream().map(Column::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
		String marks = String.join(", ", Collections.nCopies(columns.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
		this.insert = "INSERT INTO " + table + " (ID, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT" //$NON-NLS-1$ //$NON-NLS-2$
				+ (columns.isEmpty() ? "" : ", " + names) + ") VALUES (?, ?, ?, ?, ?, ?" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (columns.isEmpty() ? "" : ", " + marks) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.update = "UPDATE " + table + " SET VERSION = ?, UPDATED_BY = ?, UPDATED_AT = ?" //$NON-NLS-1$ //$NON-NLS-2$
				+ columns.stream().map(c -> ", " + c.name() + " = ?").collect(Collectors.joining()) //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE ID = ? AND VERSION = ?"; //$NON-NLS-1$
		this.select = "SELECT ID, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT" //$NON-NLS-1$
				+ (columns.isEmpty() ? "" : ", " + names) + " FROM " + table; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public String table() {
		return table;
	}

	public String entityType() {
		return entityType;
	}

	public List<Column> columns() {
		return columns;
	}

	/** The select list for a join: {@code W.ID, W.VERSION, ...} with the given alias, in {@link #read} order. */
	public String selectList(String alias) {
		StringBuilder list = new StringBuilder();
		for (String name : List.of("ID", "VERSION", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			list.append(alias).append('.').append(name).append(", "); //$NON-NLS-1$
		}
		columns.forEach(c -> list.append(alias).append('.').append(c.name()).append(", ")); //$NON-NLS-1$
		return list.substring(0, list.length() - 2);
	}

	/** The 1-based position of a column in {@link #selectSql()} and {@link #selectList(String)} rows. */
	public int position(String column) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(column)) {
				return 7 + i;
			}
		}
		throw new IllegalArgumentException(table + " has no column " + column); //$NON-NLS-1$
	}

	/** {@code SELECT <all columns> FROM <table>}; add a WHERE clause and read rows with {@link #read}. */
	public String selectSql() {
		return select;
	}

	/** A new id from the shared sequence. */
	public static long nextId(Connection connection) throws SQLException {
		try (PreparedStatement next = connection.prepareStatement("VALUES NEXT VALUE FOR TS_ID"); //$NON-NLS-1$
				ResultSet row = next.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	/**
	 * Inserts a new record (id 0): gives it an id and version 1, sets who and when, and returns its creation
	 * entry for the audit trail. Pass the id to use when a parent table already assigned one (joined
	 * subclasses), else 0.
	 */
	public AuditEntry insert(Connection connection, EObject object, long presetId, String user, Instant now)
			throws SQLException {
		long id = presetId != 0 ? presetId : nextId(connection);
		try (PreparedStatement statement = connection.prepareStatement(insert)) {
			statement.setLong(1, id);
			statement.setInt(2, 1);
			statement.setString(3, user);
			statement.setTimestamp(4, Timestamp.from(now), Utc.calendar());
			statement.setString(5, user);
			statement.setTimestamp(6, Timestamp.from(now), Utc.calendar());
			bindColumns(statement, object, 7);
			statement.executeUpdate();
		}
		object.eSet(standard.id(), id);
		object.eSet(standard.version(), 1);
		object.eSet(standard.createdBy(), user);
		object.eSet(standard.createdAt(), now);
		object.eSet(standard.updatedBy(), user);
		object.eSet(standard.updatedAt(), now);
		return new AuditEntry(entityType, id, 1, Action.CREATED, "", null, null, user, now); //$NON-NLS-1$
	}

	/**
	 * Updates a stored record if nobody saved it since it was read; otherwise throws {@link ConflictException}
	 * saying who did, and when. Returns the audit entries of the columns that changed (empty when none did, in
	 * which case the version stays).
	 */
	public List<AuditEntry> update(Connection connection, EObject object, String user, Instant now)
			throws SQLException, StoreException {
		long id = (Long) object.eGet(standard.id());
		int version = (Integer) object.eGet(standard.version());
		Map<String, String> before = readSnapshot(connection, id, version);
		Map<String, String> after = snapshot(object);
		List<AuditEntry> changes = new ArrayList<>();
		for (Map.Entry<String, String> column : after.entrySet()) {
			String old = before.get(column.getKey());
			if (!Objects.equals(old, column.getValue())) {
				changes.add(new AuditEntry(entityType, id, version + 1, Action.UPDATED, column.getKey(), old,
						column.getValue(), user, now));
			}
		}
		if (changes.isEmpty()) {
			return changes;
		}
		try (PreparedStatement statement = connection.prepareStatement(update)) {
			statement.setInt(1, version + 1);
			statement.setString(2, user);
			statement.setTimestamp(3, Timestamp.from(now), Utc.calendar());
			int next = bindColumns(statement, object, 4);
			statement.setLong(next, id);
			statement.setInt(next + 1, version);
			if (statement.executeUpdate() != 1) {
				throw conflict(connection, id); // changed between our read and our write
			}
		}
		object.eSet(standard.version(), version + 1);
		object.eSet(standard.updatedBy(), user);
		object.eSet(standard.updatedAt(), now);
		return changes;
	}

	/**
	 * Marks a record as changed without changing its own columns (its children changed): bumps the version
	 * under the optimistic lock.
	 */
	public void touch(Connection connection, EObject object, String user, Instant now)
			throws SQLException, StoreException {
		long id = (Long) object.eGet(standard.id());
		int version = (Integer) object.eGet(standard.version());
		try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table //$NON-NLS-1$
				+ " SET VERSION = ?, UPDATED_BY = ?, UPDATED_AT = ? WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$
			statement.setInt(1, version + 1);
			statement.setString(2, user);
			statement.setTimestamp(3, Timestamp.from(now), Utc.calendar());
			statement.setLong(4, id);
			statement.setInt(5, version);
			if (statement.executeUpdate() != 1) {
				throw conflict(connection, id);
			}
		}
		object.eSet(standard.version(), version + 1);
		object.eSet(standard.updatedBy(), user);
		object.eSet(standard.updatedAt(), now);
	}

	/** Deletes a record if it is still at the version read; else throws {@link ConflictException}. */
	public AuditEntry delete(Connection connection, EObject object, String user, Instant now)
			throws SQLException, StoreException {
		long id = (Long) object.eGet(standard.id());
		int version = (Integer) object.eGet(standard.version());
		try (PreparedStatement statement = connection
				.prepareStatement("DELETE FROM " + table + " WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			statement.setLong(1, id);
			statement.setInt(2, version);
			if (statement.executeUpdate() != 1) {
				throw conflict(connection, id);
			}
		}
		return new AuditEntry(entityType, id, version, Action.DELETED, "", null, null, user, now); //$NON-NLS-1$
	}

	/** Reads the row at the cursor (from {@link #selectSql()}) into the object, starting at column 1. */
	public void read(ResultSet row, EObject object) throws SQLException {
		read(row, object, (reference, id) -> null);
	}

	/** As {@link #read(ResultSet, EObject)}, resolving reference columns through {@code resolver}. */
	public void read(ResultSet row, EObject object, References resolver) throws SQLException {
		object.eSet(standard.id(), row.getLong(1));
		object.eSet(standard.version(), row.getInt(2));
		object.eSet(standard.createdBy(), row.getString(3));
		object.eSet(standard.createdAt(), row.getTimestamp(4, Utc.calendar()).toInstant());
		object.eSet(standard.updatedBy(), row.getString(5));
		object.eSet(standard.updatedAt(), row.getTimestamp(6, Utc.calendar()).toInstant());
		Columns.read(row, 7, columns, object, resolver);
	}

	/** The conflict for a record whose version moved on (or which was deleted): who, when. */
	public ConflictException conflict(Connection connection, long id) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT VERSION, UPDATED_BY, UPDATED_AT FROM " + table + " WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return new ConflictException(NLS.bind(Messages.conflictDeleted, entityType), null, null, -1);
				}
				Instant at = row.getTimestamp(3, Utc.calendar()).toInstant();
				String when = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.atZone(ZoneId.systemDefault()).withNano(0));
				return new ConflictException(
						NLS.bind(Messages.conflictChanged, new Object[] { entityType, row.getString(2), when }),
						row.getString(2), at, row.getInt(1));
			}
		}
	}

	private int bindColumns(PreparedStatement statement, EObject object, int first) throws SQLException {
		return Columns.bind(statement, first, columns, object);
	}

	private Map<String, String> snapshot(EObject object) {
		return Columns.snapshot(columns, object);
	}

	/**
	 * The stored values at the version read; a conflict when the version moved on. No lock is taken: the update
	 * that follows is conditional on the version, and Derby re-checks that condition after waiting for a lock.
	 */
	private Map<String, String> readSnapshot(Connection connection, long id, int version)
			throws SQLException, StoreException {
		try (PreparedStatement statement = connection.prepareStatement(select + " WHERE ID = ?")) { //$NON-NLS-1$
			statement.setLong(1, id);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next() || row.getInt(2) != version) {
					throw conflict(connection, id);
				}
				return Columns.storedSnapshot(row, 7, columns);
			}
		}
	}
}
