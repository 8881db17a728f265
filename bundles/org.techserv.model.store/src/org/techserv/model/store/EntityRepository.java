package org.techserv.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Entity;
import org.techserv.model.store.internal.Messages;
import org.techserv.model.store.internal.Records;
import org.techserv.model.store.internal.RestoringSave;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditTrail;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.emf.EntityTable;
import org.techserv.store.emf.References;

/**
 * Records that live in one row of one table (a catalogue entry, a spare part, a piece of equipment): load,
 * save with validation, optimistic locking and audit, remove, and list. Subclasses name the table, how
 * references are resolved and what a duplicate means.
 *
 * @param <T> the record class
 */
public abstract class EntityRepository<T extends Entity> {

	private final Database database;
	private final EClass eClass;
	private final EntityTable table;

	protected EntityRepository(Database database, EClass eClass, EntityTable table) {
		this.database = database;
		this.eClass = eClass;
		this.table = table;
	}

	protected Database database() {
		return database;
	}

	protected EntityTable table() {
		return table;
	}

	public T load(long id) throws StoreException {
		return Transactions.read(database, c -> load(c, id));
	}

	/** Loads within a caller's transaction (or read). */
	public T load(Connection c, long id) throws SQLException, StoreException {
		List<T> found = select(c, " WHERE ID = ?", s -> s.setLong(1, id)); //$NON-NLS-1$
		if (found.isEmpty()) {
			throw new StoreException(StoreException.Reason.NOT_FOUND,
					NLS.bind(Messages.recordNotFound, table.entityType(), id), null, null);
		}
		return found.get(0);
	}

	/** Inserts (id 0) or updates; nothing is written when a rule is broken or the record changed meanwhile. */
	public T save(T record) throws StoreException {
		Records.validate(record);
		return RestoringSave.run(database, uniqueKeys(record), c -> {
			save(c, record);
			return record;
		}, record);
	}

	/** Saves within a caller's transaction (several records in one unit of work); validate first. */
	public void save(Connection c, T record) throws SQLException, StoreException {
		String user = database.user();
		Instant now = Instant.now();
		List<AuditEntry> audit = new ArrayList<>();
		if (record.getId() == 0) {
			audit.add(table.insert(c, record, 0, user, now));
		} else {
			audit.addAll(table.update(c, record, user, now));
		}
		AuditTrail.record(c, audit);
	}

	public void delete(T record) throws StoreException {
		Transactions.inTransaction(database, c -> {
			AuditTrail.record(c, List.of(table.delete(c, record, database.user(), Instant.now())));
			return null;
		});
	}

	/** Who changed the record when, oldest first. */
	public List<AuditEntry> history(long id) throws StoreException {
		return Transactions.read(database, c -> AuditTrail.history(c, table.entityType(), id));
	}

	/** Binds the parameters of a WHERE clause. */
	@FunctionalInterface
	protected interface Parameters {
		void bind(PreparedStatement statement) throws SQLException;
	}

	/** The records a WHERE/ORDER BY clause selects (keep it bounded: lists are for small tables or pages). */
	@SuppressWarnings("unchecked")
	protected List<T> select(Connection c, String clause, Parameters parameters) throws SQLException, StoreException {
		List<T> records = new ArrayList<>();
		References resolver = references(c);
		try (PreparedStatement statement = c.prepareStatement(table.selectSql() + clause)) {
			parameters.bind(statement);
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					T record = (T) EcoreUtil.create(eClass);
					table.read(row, record, resolver);
					afterRead(row, record);
					records.add(record);
				}
			}
		}
		return records;
	}

	protected List<T> select(String clause, Parameters parameters) throws StoreException {
		return Transactions.read(database, c -> select(c, clause, parameters));
	}

	/** For subclasses: read columns the table computes on write (lists, contained objects) back into the record. */
	protected void afterRead(ResultSet row, T record) throws SQLException {
		// nothing computed by default
	}

	/** For subclasses: what a violated unique key means for this record. */
	protected Map<String, FieldProblem> uniqueKeys(T record) {
		return Map.of();
	}

	/** How reference columns are read back: parties by default; subclasses add theirs. */
	protected References references(Connection c) {
		Map<Long, EObject> parties = new HashMap<>();
		return (reference, id) -> {
			if (CorePackage.Literals.PARTY.isSuperTypeOf(reference.getEReferenceType())) {
				EObject known = parties.get(id);
				if (known == null) {
					try {
						known = PartyRepository.loadReference(c, id);
					} catch (StoreException e) {
						return null;
					}
					parties.put(id, known);
				}
				return known;
			}
			return null;
		};
	}
}
