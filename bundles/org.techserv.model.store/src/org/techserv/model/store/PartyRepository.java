package org.techserv.model.store;

import static org.techserv.model.store.internal.CoreTables.ADDRESSES;
import static org.techserv.model.store.internal.CoreTables.ATTACHMENTS;
import static org.techserv.model.store.internal.CoreTables.NOTES;
import static org.techserv.model.store.internal.CoreTables.PARTY;
import static org.techserv.model.store.internal.CoreTables.QUALIFICATIONS;
import static org.techserv.model.store.internal.CoreTables.ROLE_COLUMNS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.model.core.Address;
import org.techserv.model.core.Attachment;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.CustomerRole;
import org.techserv.model.core.Note;
import org.techserv.model.core.Party;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.PartyRole;
import org.techserv.model.core.PatronRole;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.StaffRole;
import org.techserv.model.edit.FieldLabels;
import org.techserv.model.store.internal.Messages;
import org.techserv.model.store.internal.Records;
import org.techserv.model.store.internal.RestoringSave;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.AuditTrail;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.Page;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.emf.ChildRows;
import org.techserv.store.emf.EntityTable;

/**
 * People and organisations with their addresses, notes, attachments and roles (customer, patron, staff with
 * qualifications), saved and loaded as one record. Every save is one transaction, checked against the model's
 * rules first and against concurrent changes (optimistic locking) while writing, and recorded in the audit trail.
 */
@Component(service = PartyRepository.class)
public final class PartyRepository {

	private static final String ROLE_INSERT = "INSERT INTO CORE_PARTY_ROLE (ID, PARTY_ID, SEQ, KIND, " //$NON-NLS-1$
			+ ROLE_COLUMNS.stream().map(c -> c.name()).collect(Collectors.joining(", ")) //$NON-NLS-1$
			+ ") VALUES (?, ?, ?, ?" + ", ?".repeat(ROLE_COLUMNS.size()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String ROLE_SELECT = "SELECT ID, KIND, " //$NON-NLS-1$
			+ ROLE_COLUMNS.stream().map(c -> c.name()).collect(Collectors.joining(", ")) //$NON-NLS-1$
			+ " FROM CORE_PARTY_ROLE WHERE PARTY_ID = ? ORDER BY SEQ"; //$NON-NLS-1$

	private final Database database;

	@Activate
	public PartyRepository(@Reference Database database) {
		this.database = database;
	}

	/** Loads a party with everything it owns; {@link StoreException.Reason#NOT_FOUND} when there is none. */
	public Party load(long id) throws StoreException {
		return Transactions.read(database, connection -> load(connection, id));
	}

	/**
	 * Inserts a new party (id 0) or updates a stored one; the party gets its id, version and who/when. Nothing is
	 * written when a rule is broken ({@link org.techserv.store.ValidationException}) or someone saved the party
	 * since it was loaded ({@link org.techserv.store.ConflictException}).
	 */
	public Party save(Party party) throws StoreException {
		Records.validate(party);
		String user = database.user();
		Instant now = Instant.now();
		return RestoringSave.run(database, uniqueKeys(party), c -> {
			List<AuditEntry> audit = new ArrayList<>();
			if (party.getId() == 0) {
				audit.add(PARTY.insert(c, party, 0, user, now));
				writeChildren(c, party, null, audit, user, now);
			} else {
				Party stored = loadForUpdate(c, party);
				List<AuditEntry> own = PARTY.update(c, party, user, now);
				audit.addAll(own);
				// Only children changed: still bump the version, under the same optimistic lock.
				if (writeChildren(c, party, stored, audit, user, now) && own.isEmpty()) {
					PARTY.touch(c, party, user, now);
				}
			}
			AuditTrail.record(c, stamp(audit, party.getVersion()));
			return party;
		}, party);
	}

	/** Removes a party and everything it owns, if nobody changed it since it was loaded. */
	public void delete(Party party) throws StoreException {
		String user = database.user();
		Instant now = Instant.now();
		Transactions.inTransaction(database, c -> {
			NOTES.replace(c, party.getId(), List.of());
			ATTACHMENTS.replace(c, party.getId(), List.of());
			AuditTrail.record(c, List.of(PARTY.delete(c, party, user, now)));
			return null;
		});
	}

	/**
	 * One page of people and organisations in name order, after {@code after} (null for the first page), whose
	 * sort name starts with {@code prefix} (case-insensitive; empty for all).
	 */
	public Page<PartySummary> page(PartySummary after, int size, String prefix) throws StoreException {
		return Transactions.read(database, c -> {
			StringBuilder sql = new StringBuilder(
					"SELECT ID, SORT_NAME, KIND, EMAIL, PHONE FROM CORE_PARTY WHERE UPPER(SORT_NAME) LIKE ?"); //$NON-NLS-1$
			if (after != null) {
				sql.append(" AND (SORT_NAME > ? OR (SORT_NAME = ? AND ID > ?))"); //$NON-NLS-1$
			}
			sql.append(" ORDER BY SORT_NAME, ID FETCH FIRST ? ROWS ONLY"); //$NON-NLS-1$
			try (PreparedStatement select = c.prepareStatement(sql.toString())) {
				int i = 1;
				select.setString(i++, prefix.toUpperCase().replace("%", "\\%") + '%'); //$NON-NLS-1$ //$NON-NLS-2$
				if (after != null) {
					select.setString(i++, after.sortName());
					select.setString(i++, after.sortName());
					select.setLong(i++, after.id());
				}
				select.setInt(i, size + 1);
				List<PartySummary> rows = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						rows.add(new PartySummary(row.getLong(1), row.getString(2), row.getString(3).charAt(0),
								row.getString(4), row.getString(5)));
					}
				}
				boolean more = rows.size() > size;
				return new Page<>(more ? rows.subList(0, size) : rows, more);
			}
		});
	}

	/** Who changed the party and when, oldest first. */
	public List<AuditEntry> history(long id) throws StoreException {
		return Transactions.read(database, c -> AuditTrail.history(c, PARTY.entityType(), id));
	}

	/**
	 * Everyone with a staff role of this function (technicians, librarians), complete with roles and
	 * qualifications, by sort name. Staff lists are tens to hundreds, not millions.
	 */
	public List<Party> staff(StaffFunction function) throws StoreException {
		return Transactions.read(database, c -> {
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement select = c.prepareStatement("SELECT P.ID FROM CORE_PARTY P WHERE EXISTS (SELECT 1 " //$NON-NLS-1$
					+ "FROM CORE_PARTY_ROLE R WHERE R.PARTY_ID = P.ID AND R.KIND = 'StaffRole' AND R.STAFF_FUNCTION = ?) " //$NON-NLS-1$
					+ "ORDER BY P.SORT_NAME, P.ID")) { //$NON-NLS-1$
				select.setString(1, function.getName());
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getLong(1));
					}
				}
			}
			List<Party> staff = new ArrayList<>();
			for (long id : ids) {
				staff.add(load(c, id));
			}
			return staff;
		});
	}

	/** A party's own row only (no addresses, roles, notes), to refer to it from another record. */
	public static Party loadReference(Connection connection, long id) throws SQLException, StoreException {
		try (PreparedStatement select = connection.prepareStatement(PARTY.selectSql() + " WHERE ID = ?")) { //$NON-NLS-1$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw notFound(id);
				}
				Party party = newParty(row.getString(7));
				PARTY.read(row, party);
				return party;
			}
		}
	}

	/** The stored state of a party about to be updated; a conflict when it was removed meanwhile. */
	private static Party loadForUpdate(Connection c, Party party) throws SQLException, StoreException {
		try {
			return load(c, party.getId());
		} catch (StoreException e) {
			if (e.reason() == StoreException.Reason.NOT_FOUND) {
				throw PARTY.conflict(c, party.getId());
			}
			throw e;
		}
	}

	/** A party with everything it owns, within a caller's transaction (or read). */
	public static Party load(Connection connection, long id) throws SQLException, StoreException {
		Party party = loadReference(connection, id);
		party.getAddresses().addAll(cast(ADDRESSES.load(connection, id), Address.class));
		party.getNotes().addAll(cast(NOTES.load(connection, id), Note.class));
		party.getAttachments().addAll(cast(ATTACHMENTS.load(connection, id), Attachment.class));
		party.getRoles().addAll(loadRoles(connection, id));
		return party;
	}

	/** Replaces changed child rows; returns whether anything changed. {@code stored} is null for a new party. */
	private static boolean writeChildren(Connection c, Party party, Party stored, List<AuditEntry> audit, String user,
			Instant now) throws SQLException {
		boolean changed = false;
		changed |= replace(c, party.getId(), ADDRESSES, party.getAddresses(), stored == null ? null : stored.getAddresses(), "ADDRESSES", audit, user, now); //$NON-NLS-1$
		changed |= replace(c, party.getId(), NOTES, party.getNotes(), stored == null ? null : stored.getNotes(), "NOTES", audit, user, now); //$NON-NLS-1$
		changed |= replace(c, party.getId(), ATTACHMENTS, party.getAttachments(), stored == null ? null : stored.getAttachments(), "ATTACHMENTS", audit, user, now); //$NON-NLS-1$
		String oldRoles = stored == null ? null : describeRoles(stored.getRoles());
		String newRoles = describeRoles(party.getRoles());
		if (!Objects.equals(oldRoles, newRoles) && !(stored == null && party.getRoles().isEmpty())) {
			writeRoles(c, party);
			audit.add(new AuditEntry(PARTY.entityType(), party.getId(), 0, Action.UPDATED, "ROLES", oldRoles, newRoles, //$NON-NLS-1$
					user, now));
			changed = true;
		}
		return changed;
	}

	private static boolean replace(Connection c, long owner, ChildRows rows,
			List<? extends EObject> now, List<? extends EObject> before, String field, List<AuditEntry> audit,
			String user, Instant at) throws SQLException {
		String newText = rows.describe(now);
		String oldText = before == null ? "" : rows.describe(before); //$NON-NLS-1$
		if (newText.equals(oldText)) {
			return false;
		}
		rows.replace(c, owner, now);
		audit.add(new AuditEntry(PARTY.entityType(), owner, 0, Action.UPDATED, field, before == null ? null : oldText,
				newText, user, at));
		return true;
	}

	private static void writeRoles(Connection c, Party party) throws SQLException {
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM CORE_PARTY_ROLE WHERE PARTY_ID = ?")) { //$NON-NLS-1$
			delete.setLong(1, party.getId());
			delete.executeUpdate();
		}
		int seq = 0;
		for (PartyRole role : party.getRoles()) {
			if (role.getId() == 0) {
				role.setId(EntityTable.nextId(c));
			}
			role.setVersion(1);
			try (PreparedStatement insert = c.prepareStatement(ROLE_INSERT)) {
				insert.setLong(1, role.getId());
				insert.setLong(2, party.getId());
				insert.setInt(3, seq++);
				insert.setString(4, role.eClass().getName());
				int index = 5;
				for (var column : ROLE_COLUMNS) {
					column.type().bind(insert, index++, column.valueOf(role));
				}
				insert.executeUpdate();
			}
			if (role instanceof StaffRole staff) {
				QUALIFICATIONS.replace(c, role.getId(), staff.getQualifications());
			}
		}
	}

	private static List<PartyRole> loadRoles(Connection c, long partyId) throws SQLException {
		List<PartyRole> roles = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement(ROLE_SELECT)) {
			select.setLong(1, partyId);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					EClass kind = (EClass) CorePackage.eINSTANCE.getEClassifier(row.getString(2));
					PartyRole role = (PartyRole) EcoreUtil.create(kind);
					role.setId(row.getLong(1));
					role.setVersion(1);
					int index = 3;
					for (var column : ROLE_COLUMNS) {
						int at = index++;
						if (column.applies(role)) {
							Object value = column.type().read(row, at, column.attribute());
							if (value != null) {
								role.eSet(column.attribute(), value);
							}
						}
					}
					roles.add(role);
				}
			}
		}
		for (PartyRole role : roles) {
			if (role instanceof StaffRole staff) {
				staff.getQualifications().addAll(cast(QUALIFICATIONS.load(c, role.getId()), Qualification.class));
			}
		}
		return roles;
	}

	private static String describeRoles(List<PartyRole> roles) {
		StringBuilder text = new StringBuilder();
		for (PartyRole role : roles) {
			if (!text.isEmpty()) {
				text.append(" | "); //$NON-NLS-1$
			}
			text.append(role.eClass().getName());
			for (var column : ROLE_COLUMNS) {
				if (column.applies(role) && column.valueOf(role) != null) {
					text.append(' ').append(column.name()).append('=').append(column.valueOf(role));
				}
			}
			if (role instanceof StaffRole staff && !staff.getQualifications().isEmpty()) {
				text.append(" [").append(QUALIFICATIONS.describe(staff.getQualifications())).append(']'); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	/** What each unique key of the role table means for this party, to word a duplicate. */
	private static Map<String, FieldProblem> uniqueKeys(Party party) {
		Map<String, FieldProblem> keys = new HashMap<>();
		for (PartyRole role : party.getRoles()) {
			if (role instanceof CustomerRole customer) {
				keys.put("UQ_CUSTOMER_NUMBER", duplicate(role, CorePackage.Literals.CUSTOMER_ROLE__CUSTOMER_NUMBER, customer.getCustomerNumber())); //$NON-NLS-1$
			} else if (role instanceof PatronRole patron) {
				keys.put("UQ_PATRON_BARCODE", duplicate(role, CorePackage.Literals.PATRON_ROLE__BARCODE, patron.getBarcode())); //$NON-NLS-1$
			} else if (role instanceof StaffRole staff) {
				keys.put("UQ_STAFF_NUMBER", duplicate(role, CorePackage.Literals.STAFF_ROLE__STAFF_NUMBER, staff.getStaffNumber())); //$NON-NLS-1$
				keys.put("UQ_STAFF_LOGIN", duplicate(role, CorePackage.Literals.STAFF_ROLE__LOGIN, staff.getLogin())); //$NON-NLS-1$
			}
		}
		return keys;
	}

	private static FieldProblem duplicate(EObject role, org.eclipse.emf.ecore.EAttribute attribute, String value) {
		String label = FieldLabels.of(role, attribute);
		return new FieldProblem(label, value, NLS.bind(Messages.alreadyUsed, label, value));
	}

	private static List<AuditEntry> stamp(List<AuditEntry> entries, int version) {
		return entries.stream().map(e -> e.version() == 0 ? new AuditEntry(e.entityType(), e.entityId(), version,
				e.action(), e.field(), e.oldValue(), e.newValue(), e.user(), e.at()) : e).toList();
	}

	static Party newParty(String kind) {
		return "O".equals(kind) ? org.techserv.model.core.CoreFactory.eINSTANCE.createOrganisation() //$NON-NLS-1$
				: org.techserv.model.core.CoreFactory.eINSTANCE.createPerson();
	}

	static StoreException notFound(long id) {
		return new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(Messages.partyNotFound, id), null, null);
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(List<EObject> objects, Class<T> type) {
		return (List<T>) (List<?>) objects;
	}
}
