package org.techserv.model.store;

import static org.techserv.model.store.internal.CoreTables.ATTACHMENTS;
import static org.techserv.model.store.internal.CoreTables.NOTES;
import static org.techserv.model.store.internal.CoreTables.WORK_ITEM;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.techserv.model.core.Attachment;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Note;
import org.techserv.model.core.Priority;
import org.techserv.model.core.WorkItem;
import org.techserv.model.edit.FieldLabels;
import org.techserv.store.emf.ChildRows;
import org.techserv.model.store.internal.Messages;
import org.techserv.model.store.internal.Records;
import org.techserv.model.store.internal.RestoringSave;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.AuditTrail;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.Page;
import org.techserv.store.StoreEvents;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.emf.DetailTable;
import org.techserv.store.emf.References;

/**
 * Work items of one kind: the common columns in {@code CORE_WORK_ITEM}, the kind's own columns in its detail
 * table, notes and attachments as child rows. Domains extend this for their work items (service orders,
 * cataloguing tasks, ...). One transaction per save, optimistic locking, audit trail, keyset paging and
 * streaming; nothing reads a whole table into memory.
 *
 * @param <T> the work item class
 */
public abstract class WorkItemRepository<T extends WorkItem> {

	/** Rows fetched per round trip when streaming. */
	private static final int FETCH_SIZE = 500;
	private static final String SUMMARY = "SELECT ID, KIND, NUMBER, TITLE, STATUS, PRIORITY, ASSIGNEE_ID, DUE_DATE, VERSION FROM CORE_WORK_ITEM"; //$NON-NLS-1$

	private final Database database;
	private final EClass eClass;
	private final DetailTable detail;
	private final String select;

	protected WorkItemRepository(Database database, EClass eClass, DetailTable detail) {
		this.database = database;
		this.eClass = eClass;
		this.detail = detail;
		this.select = "SELECT " + WORK_ITEM.selectList("W") + ", " + detail.selectList("D") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " FROM CORE_WORK_ITEM W JOIN " + detail.table() + " D ON D.ID = W.ID WHERE W.ID = ?"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	protected Database database() {
		return database;
	}

	public T load(long id) throws StoreException {
		return Transactions.read(database, c -> load(c, id));
	}

	/** Inserts (id 0) or updates; see {@link PartyRepository#save} for what can refuse it. */
	public T save(T item) throws StoreException {
		Records.validate(item);
		Map<String, FieldProblem> uniqueKeys = Map.of("UQ_WORK_ITEM_NUMBER", duplicateNumber(item)); //$NON-NLS-1$
		return RestoringSave.run(database, uniqueKeys, c -> {
			save(c, item);
			return item;
		}, item);
	}

	/** Saves within a caller's transaction (several records in one unit of work); validate first. */
	public void save(Connection c, T item) throws SQLException, StoreException {
		String user = database.user();
		Instant now = Instant.now();
		List<AuditEntry> audit = new ArrayList<>();
		if (item.getId() == 0) {
			audit.add(WORK_ITEM.insert(c, item, 0, user, now));
			detail.insert(c, item.getId(), item);
			NOTES.replace(c, item.getId(), item.getNotes());
			ATTACHMENTS.replace(c, item.getId(), item.getAttachments());
			audit.addAll(saveMore(c, item, null, 1, user, now));
		} else {
			T stored = loadForUpdate(c, item);
			List<AuditEntry> own = WORK_ITEM.update(c, item, user, now);
			audit.addAll(own);
			int version = own.isEmpty() ? item.getVersion() + 1 : item.getVersion();
			List<AuditEntry> more = new ArrayList<>(
					detail.update(c, item.getId(), version, item, WORK_ITEM.entityType(), user, now));
			more.addAll(children(c, item, stored, version, user, now));
			more.addAll(saveMore(c, item, stored, version, user, now));
			if (!more.isEmpty() && own.isEmpty()) {
				WORK_ITEM.touch(c, item, user, now);
			}
			audit.addAll(more);
		}
		AuditTrail.record(c, audit);
		StoreEvents.changed(c, StoreEvents.WORK);
	}

	public void delete(T item) throws StoreException {
		String user = database.user();
		Instant now = Instant.now();
		Transactions.inTransaction(database, c -> {
			deleteMore(c, item);
			NOTES.replace(c, item.getId(), List.of());
			ATTACHMENTS.replace(c, item.getId(), List.of());
			AuditTrail.record(c, List.of(WORK_ITEM.delete(c, item, user, now)));
			StoreEvents.changed(c, StoreEvents.WORK);
			return null;
		});
	}

	/** One page of this kind's work items in id order, after {@code after} (null for the first page). */
	public Page<WorkItemSummary> page(WorkItemSummary after, int size) throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement statement = c.prepareStatement(
					SUMMARY + " WHERE KIND = ? AND ID > ? ORDER BY ID FETCH FIRST ? ROWS ONLY")) { //$NON-NLS-1$
				statement.setString(1, eClass.getName());
				statement.setLong(2, after == null ? 0 : after.id());
				statement.setInt(3, size + 1);
				List<WorkItemSummary> rows = new ArrayList<>();
				try (ResultSet row = statement.executeQuery()) {
					while (row.next()) {
						rows.add(summary(row));
					}
				}
				boolean more = rows.size() > size;
				return new Page<>(more ? rows.subList(0, size) : rows, more);
			}
		});
	}

	/** Hands every work item of this kind to {@code each}, streaming (a few hundred rows in memory at a time). */
	public long forEach(Consumer<WorkItemSummary> each) throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement statement = c.prepareStatement(SUMMARY + " WHERE KIND = ? ORDER BY ID")) { //$NON-NLS-1$
				statement.setFetchSize(FETCH_SIZE);
				statement.setString(1, eClass.getName());
				long count = 0;
				try (ResultSet row = statement.executeQuery()) {
					while (row.next()) {
						each.accept(summary(row));
						count++;
					}
				}
				return count;
			}
		});
	}

	/** How many work items of this kind there are. */
	public long count() throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*) FROM CORE_WORK_ITEM WHERE KIND = ?")) { //$NON-NLS-1$
				statement.setString(1, eClass.getName());
				try (ResultSet row = statement.executeQuery()) {
					row.next();
					return row.getLong(1);
				}
			}
		});
	}

	public List<AuditEntry> history(long id) throws StoreException {
		return Transactions.read(database, c -> AuditTrail.history(c, WORK_ITEM.entityType(), id));
	}

	/** Loads within a caller's transaction (or read). */
	@SuppressWarnings("unchecked")
	public T load(Connection c, long id) throws SQLException, StoreException {
		T item = (T) EcoreUtil.create(eClass);
		long assignee;
		try (PreparedStatement statement = c.prepareStatement(select)) {
			statement.setLong(1, id);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(Messages.workItemNotFound, id),
							null, null);
				}
				WORK_ITEM.read(row, item);
				assignee = row.getLong(WORK_ITEM.position("ASSIGNEE_ID")); //$NON-NLS-1$
				detail.read(row, 7 + WORK_ITEM.columns().size(), item, references(c));
			}
		}
		if (assignee != 0) {
			item.setAssignee(PartyRepository.loadReference(c, assignee));
		}
		item.getNotes().addAll(cast(NOTES.load(c, id), Note.class));
		item.getAttachments().addAll(cast(ATTACHMENTS.load(c, id), Attachment.class));
		loadMore(c, item);
		return item;
	}

	/**
	 * For subclasses: write the kind's own child rows (and anything that goes with them, such as stock) in the
	 * save's transaction. {@code stored} is the version in the database, null for a new item; return the audit
	 * entries (for {@code version}) of what changed.
	 */
	protected List<AuditEntry> saveMore(Connection c, T item, T stored, int version, String user, Instant now)
			throws SQLException, StoreException {
		return List.of();
	}

	/** For subclasses: remove what the kind keeps outside cascading tables (or undo its effects) before removal. */
	protected void deleteMore(Connection c, T item) throws SQLException, StoreException {
		// plain work items keep nothing else
	}

	/** For subclasses: read the kind's own child rows into a loaded item. */
	protected void loadMore(Connection c, T item) throws SQLException, StoreException {
		// plain work items have none
	}

	/** How reference columns are read back: parties by default (customer, technician); subclasses add theirs. */
	protected References references(Connection c) {
		Map<Long, EObject> seen = new HashMap<>();
		return (reference, id) -> {
			if (CorePackage.Literals.PARTY.isSuperTypeOf(reference.getEReferenceType())) {
				EObject known = seen.get(id);
				if (known == null) {
					try {
						known = PartyRepository.loadReference(c, id);
					} catch (StoreException e) {
						return null; // removed meanwhile: leave the reference empty
					}
					seen.put(id, known);
				}
				return known;
			}
			return null;
		};
	}

	/** Audit entries for a child collection that changed (as one line of text each way). */
	protected static void audit(Connection c, long owner, ChildRows rows, List<? extends EObject> now,
			List<? extends EObject> before, String field, int version, List<AuditEntry> audit, String user, Instant at)
			throws SQLException {
		replace(c, owner, rows, now, before, field, version, audit, user, at);
	}

	private T loadForUpdate(Connection c, T item) throws SQLException, StoreException {
		try {
			return load(c, item.getId());
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.NOT_FOUND) {
				throw WORK_ITEM.conflict(c, item.getId());
			}
			throw e;
		}
	}

	private static List<AuditEntry> children(Connection c, WorkItem item, WorkItem stored, int version, String user,
			Instant now) throws SQLException {
		List<AuditEntry> audit = new ArrayList<>();
		replace(c, item.getId(), NOTES, item.getNotes(), stored.getNotes(), "NOTES", version, audit, user, now); //$NON-NLS-1$
		replace(c, item.getId(), ATTACHMENTS, item.getAttachments(), stored.getAttachments(), "ATTACHMENTS", version, //$NON-NLS-1$
				audit, user, now);
		return audit;
	}

	private static void replace(Connection c, long owner, ChildRows rows, List<? extends EObject> now,
			List<? extends EObject> before, String field, int version, List<AuditEntry> audit, String user, Instant at)
			throws SQLException {
		String newText = rows.describe(now);
		String oldText = before == null ? "" : rows.describe(before); //$NON-NLS-1$
		if (!newText.equals(oldText)) {
			rows.replace(c, owner, now);
			audit.add(new AuditEntry(WORK_ITEM.entityType(), owner, version, Action.UPDATED, field, oldText, newText,
					user, at));
		}
	}

	private static WorkItemSummary summary(ResultSet row) throws SQLException {
		Date due = row.getDate(8);
		return new WorkItemSummary(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), Priority.get(row.getString(6)), row.getLong(7), due == null ? null : due.toLocalDate(),
				row.getInt(9));
	}

	private static FieldProblem duplicateNumber(WorkItem item) {
		String label = FieldLabels.of(item, CorePackage.Literals.WORK_ITEM__NUMBER);
		return new FieldProblem(label, item.getNumber(), NLS.bind(Messages.alreadyUsed, label, item.getNumber()));
	}

	@SuppressWarnings("unchecked")
	private static <E> List<E> cast(List<EObject> objects, Class<E> type) {
		return (List<E>) (List<?>) objects;
	}
}
