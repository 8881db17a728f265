package org.techserv.equipment.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.model.core.Priority;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.Utc;

/**
 * The lists the equipment screens show: order ids matching a filter (newest first), the rows of a block of them,
 * and the visits of a period. A list of 100,000 orders costs its ids (8 bytes each) and the rows on screen.
 */
public final class OrderQueries {

	/** Rows fetched per query; a screenful or two. */
	public static final int BLOCK = 200;

	private static final String ROWS = "SELECT W.ID, W.NUMBER, W.TITLE, O.ORDER_KIND, W.STATUS, W.PRIORITY, C.SORT_NAME, " //$NON-NLS-1$
			+ "U.SERIAL_NUMBER, A.SORT_NAME, W.DUE_DATE FROM CORE_WORK_ITEM W JOIN EQUIPMENT_ORDER O ON O.ID = W.ID " //$NON-NLS-1$
			+ "LEFT JOIN CORE_PARTY C ON C.ID = O.CUSTOMER_ID LEFT JOIN EQUIPMENT_UNIT U ON U.ID = O.EQUIPMENT_ID " //$NON-NLS-1$
			+ "LEFT JOIN CORE_PARTY A ON A.ID = W.ASSIGNEE_ID WHERE W.ID IN "; //$NON-NLS-1$
	private static final String VISITS = "SELECT V.ORDER_ID, W.NUMBER, W.TITLE, O.ORDER_KIND, W.STATUS, V.TECHNICIAN_ID, " //$NON-NLS-1$
			+ "V.START_AT, V.END_AT FROM EQUIPMENT_VISIT V JOIN CORE_WORK_ITEM W ON W.ID = V.ORDER_ID " //$NON-NLS-1$
			+ "JOIN EQUIPMENT_ORDER O ON O.ID = V.ORDER_ID WHERE V.START_AT < ? AND V.END_AT > ? AND V.TECHNICIAN_ID IS NOT NULL " //$NON-NLS-1$
			+ "AND W.STATUS <> 'CANCELLED' ORDER BY V.START_AT"; //$NON-NLS-1$

	private final Database database;

	public OrderQueries(Database database) {
		this.database = database;
	}

	/** The ids of the orders the filter selects, newest first. */
	public long[] ids(OrderFilter filter) throws StoreException {
		StringBuilder sql = new StringBuilder("SELECT W.ID FROM CORE_WORK_ITEM W"); //$NON-NLS-1$
		List<Object> parameters = new ArrayList<>();
		boolean needsOrder = !filter.kinds().isEmpty() || !filter.customer().isEmpty();
		if (needsOrder) {
			sql.append(" JOIN EQUIPMENT_ORDER O ON O.ID = W.ID"); //$NON-NLS-1$
		}
		if (!filter.customer().isEmpty()) {
			sql.append(" JOIN CORE_PARTY C ON C.ID = O.CUSTOMER_ID"); //$NON-NLS-1$
		}
		sql.append(" WHERE W.KIND = 'ServiceOrder'"); //$NON-NLS-1$
		if (!filter.statuses().isEmpty()) {
			sql.append(" AND W.STATUS IN ").append(marks(filter.statuses().size())); //$NON-NLS-1$
			filter.statuses().stream().map(OrderStatus::getName).sorted().forEach(parameters::add);
		}
		if (!filter.kinds().isEmpty()) {
			sql.append(" AND O.ORDER_KIND IN ").append(marks(filter.kinds().size())); //$NON-NLS-1$
			filter.kinds().stream().map(ServiceKind::getName).sorted().forEach(parameters::add);
		}
		if (filter.technicianId() != 0) {
			sql.append(" AND W.ASSIGNEE_ID = ?"); //$NON-NLS-1$
			parameters.add(filter.technicianId());
		}
		if (!filter.customer().isEmpty()) {
			sql.append(" AND UPPER(C.SORT_NAME) LIKE ?"); //$NON-NLS-1$
			parameters.add('%' + filter.customer().toUpperCase(Locale.ROOT).replace("%", "") + '%'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		sql.append(" ORDER BY W.ID DESC"); //$NON-NLS-1$
		return Transactions.read(database, c -> {
			try (PreparedStatement statement = c.prepareStatement(sql.toString())) {
				statement.setFetchSize(1000);
				for (int i = 0; i < parameters.size(); i++) {
					statement.setObject(i + 1, parameters.get(i));
				}
				long[] ids = new long[1024];
				int count = 0;
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						if (count == ids.length) {
							ids = java.util.Arrays.copyOf(ids, count * 2);
						}
						ids[count++] = rows.getLong(1);
					}
				}
				return java.util.Arrays.copyOf(ids, count);
			}
		});
	}

	/** The ids of a customer's orders, newest first, at most {@code limit} (a customer's history). */
	public long[] idsOfCustomer(long customerId, int limit) throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement statement = c.prepareStatement("SELECT O.ID FROM EQUIPMENT_ORDER O " //$NON-NLS-1$
					+ "WHERE O.CUSTOMER_ID = ? ORDER BY O.ID DESC FETCH FIRST ? ROWS ONLY")) { //$NON-NLS-1$
				statement.setLong(1, customerId);
				statement.setInt(2, limit);
				List<Long> ids = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getLong(1));
					}
				}
				return ids.stream().mapToLong(Long::longValue).toArray();
			}
		});
	}

	/** The rows of {@code ids[from..to)} in that order (at most {@link #BLOCK} at a time is sensible). */
	public List<OrderRow> rows(long[] ids, int from, int to) throws StoreException {
		if (from >= to) {
			return List.of();
		}
		return Transactions.read(database, c -> rows(c, ids, from, to));
	}

	private static List<OrderRow> rows(Connection c, long[] ids, int from, int to) throws SQLException {
		Map<Long, OrderRow> byId = new HashMap<>();
		try (PreparedStatement statement = c.prepareStatement(ROWS + marks(to - from))) {
			for (int i = from; i < to; i++) {
				statement.setLong(i - from + 1, ids[i]);
			}
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					Date due = row.getDate(10);
					OrderRow r = new OrderRow(row.getLong(1), row.getString(2), row.getString(3),
							ServiceKind.get(String.valueOf(row.getString(4))), OrderStatus.get(row.getString(5)),
							Priority.get(String.valueOf(row.getString(6))), row.getString(7), row.getString(8),
							row.getString(9), due == null ? null : due.toLocalDate());
					byId.put(r.id(), r);
				}
			}
		}
		List<OrderRow> rows = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			OrderRow row = byId.get(ids[i]);
			if (row != null) {
				rows.add(row); // removed meanwhile: left out
			}
		}
		return rows;
	}

	/** The visits (of orders not cancelled) that overlap [from, to), by start. */
	public List<VisitRow> visits(Instant from, Instant to) throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement statement = c.prepareStatement(VISITS)) {
				statement.setTimestamp(1, Timestamp.from(to), Utc.calendar());
				statement.setTimestamp(2, Timestamp.from(from), Utc.calendar());
				List<VisitRow> visits = new ArrayList<>();
				try (ResultSet row = statement.executeQuery()) {
					while (row.next()) {
						visits.add(new VisitRow(row.getLong(1), row.getString(2), row.getString(3),
								ServiceKind.get(String.valueOf(row.getString(4))), OrderStatus.get(row.getString(5)),
								row.getLong(6), row.getTimestamp(7, Utc.calendar()).toInstant(),
								row.getTimestamp(8, Utc.calendar()).toInstant()));
					}
				}
				return visits;
			}
		});
	}

	private static String marks(int count) {
		return Collections.nCopies(count, "?").stream().collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
