package org.techserv.equipment.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.RepairLine;
import org.techserv.model.edit.FieldLabels;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.Utc;
import org.techserv.store.ValidationException;

/**
 * Keeps spare-part stock in step with repair lines: parts an order takes leave stock, parts it gives back
 * return. The check and the change are one statement, so two orders cannot both take the last part.
 */
public final class Stock {

	private static final String TAKE = "UPDATE EQUIPMENT_PART SET ON_HAND = ON_HAND - ?, VERSION = VERSION + 1, " //$NON-NLS-1$
			+ "UPDATED_BY = ?, UPDATED_AT = ? WHERE ID = ? AND ON_HAND >= ?"; //$NON-NLS-1$
	private static final String STATE = "SELECT ON_HAND, VERSION, PART_NUMBER FROM EQUIPMENT_PART WHERE ID = ?"; //$NON-NLS-1$

	private Stock() {
	}

	/**
	 * Moves stock by the difference between the lines an order has now and had before (null: a new order) and
	 * returns the parts' audit entries. Refuses with the quantity field named when a part runs short.
	 */
	public static List<AuditEntry> follow(Connection c, List<RepairLine> now, List<RepairLine> before, String user,
			Instant at) throws SQLException, StoreException {
		Map<Long, Integer> needed = new LinkedHashMap<>();
		Map<Long, RepairLine> lineOf = new LinkedHashMap<>();
		for (RepairLine line : now) {
			long part = partId(line);
			if (part != 0) {
				needed.merge(part, line.getQuantity(), Integer::sum);
				lineOf.putIfAbsent(part, line);
			}
		}
		if (before != null) {
			for (RepairLine line : before) {
				long part = partId(line);
				if (part != 0) {
					needed.merge(part, -line.getQuantity(), Integer::sum);
				}
			}
		}
		List<AuditEntry> audit = new ArrayList<>();
		for (Map.Entry<Long, Integer> change : needed.entrySet()) {
			int quantity = change.getValue();
			if (quantity != 0) {
				audit.add(move(c, change.getKey(), quantity, lineOf.get(change.getKey()), user, at));
			}
		}
		return audit;
	}

	private static AuditEntry move(Connection c, long part, int quantity, RepairLine line, String user, Instant at)
			throws SQLException, StoreException {
		int onHandBefore = state(c, part).onHand;
		try (PreparedStatement take = c.prepareStatement(TAKE)) {
			take.setInt(1, quantity);
			take.setString(2, user);
			take.setTimestamp(3, Timestamp.from(at), Utc.calendar());
			take.setLong(4, part);
			take.setInt(5, Math.max(quantity, 0)); // giving back always fits
			if (take.executeUpdate() == 0) {
				PartState state = state(c, part);
				String label = FieldLabels.of(line, EquipmentPackage.Literals.REPAIR_LINE__QUANTITY);
				throw new ValidationException(List.of(new FieldProblem(label, String.valueOf(line.getQuantity()),
						NLS.bind(Messages.notEnoughStock, new Object[] { state.number, state.onHand, quantity - state.onHand }))),
						null, null);
			}
		}
		PartState after = state(c, part);
		return new AuditEntry("SparePart", part, after.version, Action.UPDATED, "ON_HAND", //$NON-NLS-1$ //$NON-NLS-2$
				String.valueOf(onHandBefore), String.valueOf(after.onHand), user, at);
	}

	private record PartState(int onHand, int version, String number) {
	}

	private static PartState state(Connection c, long part) throws SQLException, StoreException {
		try (PreparedStatement query = c.prepareStatement(STATE)) {
			query.setLong(1, part);
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					throw new StoreException(StoreException.Reason.NOT_FOUND, NLS.bind(Messages.partGone, part), null,
							null);
				}
				return new PartState(row.getInt(1), row.getInt(2), row.getString(3));
			}
		}
	}

	private static long partId(RepairLine line) {
		return line.getPart() == null ? 0 : line.getPart().getId();
	}
}
