package org.techserv.library.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.util.RecordValues;
import org.techserv.library.store.internal.FieldLines;
import org.techserv.library.store.internal.Generation;
import org.techserv.library.store.internal.Messages;
import org.techserv.library.store.internal.RecordRows;
import org.techserv.model.store.internal.Records;
import org.techserv.model.store.internal.SavedState;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.AuditTrail;
import org.techserv.store.ConflictException;
import org.techserv.store.Database;
import org.techserv.store.SqlErrors;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.Utc;
import org.techserv.store.emf.EntityTable;

/**
 * Bibliographic records: saved as one row (fields as ISO 2709, values as columns), checked against the MARC
 * structure rules first, optimistic locking, and the audit trail told per tag (what the 245 was, what it is).
 */
public final class BibliographicRecordRepository {

	private final Database database;

	public BibliographicRecordRepository(Database database) {
		this.database = database;
	}

	public BibliographicRecord load(long id) throws StoreException {
		return Transactions.read(database, c -> load(c, id));
	}

	public BibliographicRecord load(Connection c, long id) throws SQLException, StoreException {
		BibliographicRecord record = RecordRows.select(c, id);
		if (record == null) {
			throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(Messages.recordNotFound, id), null,
					null);
		}
		return record;
	}

	/** Inserts (id 0) or updates; nothing is written when a rule is broken or the record changed meanwhile. */
	public BibliographicRecord save(BibliographicRecord record) throws StoreException {
		Records.validate(record);
		SavedState before = SavedState.of(record);
		try (Connection connection = database.connect()) {
			CatalogueChange change = Transactions.inTransaction(connection, c -> {
				save(c, record, null, null);
				return CatalogueEvents.change(c, database, List.of(record), List.of());
			});
			CatalogueEvents.committed(change);
			return record;
		} catch (SQLException e) {
			before.restore();
			throw SqlErrors.translate(e);
		} catch (StoreException | RuntimeException e) {
			before.restore();
			throw e;
		}
	}

	/**
	 * Saves within a caller's transaction (an import's batch); validate first. {@code original} (the bytes as
	 * received, in {@code format}) is kept with a new record.
	 */
	public void save(Connection c, BibliographicRecord record, byte[] original, String format)
			throws SQLException, StoreException {
		String user = database.user();
		Instant now = Instant.now();
		if (record.getId() == 0) {
			record.setId(EntityTable.nextId(c));
			try (PreparedStatement insert = c.prepareStatement(RecordRows.INSERT)) {
				RecordRows.addInsert(insert, record, original, format, user, now);
				insert.executeBatch();
			}
			record.setVersion(1);
			record.setCreatedBy(user);
			record.setCreatedAt(now);
			record.setUpdatedBy(user);
			record.setUpdatedAt(now);
			AuditTrail.record(c, List.of(new AuditEntry(RecordRows.ENTITY_TYPE, record.getId(), 1, Action.CREATED, null,
					null, null, user, now)));
			return;
		}
		BibliographicRecord stored = RecordRows.select(c, record.getId());
		if (stored == null || stored.getVersion() != record.getVersion()) {
			throw conflict(c, record);
		}
		Map<String, String[]> changes = FieldLines.changes(stored, record);
		boolean sourceChanged = !java.util.Objects.equals(stored.getSource(), record.getSource());
		if (changes.isEmpty() && !sourceChanged) {
			return;
		}
		int version = record.getVersion() + 1;
		RecordRows.keepOriginal(c, record.getId());
		try (PreparedStatement update = c.prepareStatement(RecordRows.UPDATE)) {
			update.setInt(1, version);
			update.setString(2, user);
			update.setTimestamp(3, Timestamp.from(now), Utc.calendar());
			int next = RecordRows.bindValues(update, 4, RecordRows.Values.of(record));
			update.setLong(next, record.getId());
			update.setInt(next + 1, record.getVersion());
			if (update.executeUpdate() != 1) {
				throw conflict(c, record);
			}
		}
		List<AuditEntry> audit = new ArrayList<>();
		changes.forEach((tag, lines) -> audit.add(new AuditEntry(RecordRows.ENTITY_TYPE, record.getId(), version,
				Action.UPDATED, tag, lines[0], lines[1], user, now)));
		if (sourceChanged) {
			audit.add(new AuditEntry(RecordRows.ENTITY_TYPE, record.getId(), version, Action.UPDATED, "SOURCE", //$NON-NLS-1$
					stored.getSource(), record.getSource(), user, now));
		}
		AuditTrail.record(c, audit);
		record.setVersion(version);
		record.setUpdatedBy(user);
		record.setUpdatedAt(now);
	}

	public void delete(BibliographicRecord record) throws StoreException {
		CatalogueChange change = Transactions.inTransaction(database, c -> {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM LIBRARY_RECORD WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$
				delete.setLong(1, record.getId());
				delete.setInt(2, record.getVersion());
				if (delete.executeUpdate() != 1) {
					throw conflict(c, record);
				}
			}
			AuditTrail.record(c, List.of(new AuditEntry(RecordRows.ENTITY_TYPE, record.getId(), record.getVersion(),
					Action.DELETED, null, null, null, database.user(), Instant.now())));
			return CatalogueEvents.change(c, database, List.of(), List.of(record.getId()));
		});
		CatalogueEvents.committed(change);
	}

	/**
	 * The catalogue's change counter: it grows with every committed save or delete (of records and of other
	 * audited entities). An index that remembers the generation it has seen can ask {@link #changedSince} later.
	 */
	public long generation() throws StoreException {
		return Transactions.read(database, Generation::current);
	}

	/** The ids of records saved or deleted after {@code generation}, each once. */
	public List<Long> changedSince(long generation) throws StoreException {
		return Transactions.read(database, c -> Generation.changedSince(c, generation));
	}

	/** The record with this id, or null when there is none (removed meanwhile). */
	public BibliographicRecord find(long id) throws StoreException {
		return Transactions.read(database, c -> RecordRows.select(c, id));
	}

	/**
	 * Every record in id order, read in one pass (to rebuild an index): {@code each} returns false to stop. The
	 * records are new objects, the caller's to keep or drop.
	 */
	public void forEachRecord(java.util.function.Predicate<BibliographicRecord> each) throws StoreException {
		Transactions.read(database, c -> {
			try (PreparedStatement select = c.prepareStatement(RecordRows.SELECT_ALL)) {
				select.setFetchSize(1000);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						if (!each.test(RecordRows.read(rows))) {
							break;
						}
					}
				}
			}
			return null;
		});
	}

	/** The record as it arrived (file bytes or SRU response), or null when it was catalogued here. */
	public byte[] original(long id) throws StoreException {
		return Transactions.read(database, c -> RecordRows.original(c, id));
	}

	/**
	 * Who created the record and when, then every change, oldest first. A record an import created has no entry
	 * of its own (its batch has one for all its records); its row says who and when.
	 */
	public List<AuditEntry> history(long id) throws StoreException {
		return Transactions.read(database, c -> {
			List<AuditEntry> entries = AuditTrail.history(c, RecordRows.ENTITY_TYPE, id);
			if (entries.isEmpty() || entries.get(0).action() != Action.CREATED) {
				AuditEntry created = RecordRows.created(c, id);
				if (created != null) {
					entries.add(0, created);
				}
			}
			return entries;
		});
	}

	public long count() throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM LIBRARY_RECORD"); //$NON-NLS-1$
					ResultSet row = count.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		});
	}

	/**
	 * Records that are the same as {@code record} for a catalogue: the same ISBN, or the same control number
	 * from the same agency (001 + 003).
	 */
	public List<Long> duplicates(Connection c, BibliographicRecord record) throws SQLException {
		List<Long> ids = new ArrayList<>();
		String isbn = record.getIsbn();
		if (isbn != null) {
			collect(c, "SELECT ID FROM LIBRARY_RECORD WHERE ISBN = ?", ids, isbn); //$NON-NLS-1$
		}
		String control = record.getControlNumber();
		if (control != null) {
			String agency = RecordValues.control(record, "003"); //$NON-NLS-1$
			if (agency == null) {
				collect(c, "SELECT ID FROM LIBRARY_RECORD WHERE CONTROL_NUMBER = ? AND CONTROL_ID IS NULL", ids, control); //$NON-NLS-1$
			} else {
				collect(c, "SELECT ID FROM LIBRARY_RECORD WHERE CONTROL_NUMBER = ? AND CONTROL_ID = ?", ids, control, agency); //$NON-NLS-1$
			}
		}
		return ids;
	}

	/** Every record id in id order, streaming (for export). */
	public void forEachId(java.util.function.LongConsumer each) throws StoreException {
		Transactions.read(database, c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT ID FROM LIBRARY_RECORD ORDER BY ID")) { //$NON-NLS-1$
				select.setFetchSize(1000);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						each.accept(rows.getLong(1));
					}
				}
			}
			return null;
		});
	}

	private static void collect(Connection c, String sql, List<Long> ids, String... values) throws SQLException {
		try (PreparedStatement select = c.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				select.setString(i + 1, values[i]);
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					if (!ids.contains(rows.getLong(1))) {
						ids.add(rows.getLong(1));
					}
				}
			}
		}
	}

	private static ConflictException conflict(Connection c, BibliographicRecord record) throws SQLException {
		return LibraryTables.RECORD_LOCK.conflict(c, record.getId());
	}
}
