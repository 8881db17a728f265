package org.techserv.equipment.ui.internal.work;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.store.OrderQueries;
import org.techserv.equipment.store.VisitRow;
import org.techserv.model.core.Priority;
import org.techserv.store.StoreException;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkItemQueue;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueueProvider;

/**
 * The equipment shop's work for My Work: today's visits of the technician (at their start time), and the open
 * service orders assigned to them or due by today and not yet assigned. An order with a visit of theirs today is
 * listed once, as the visit.
 */
public final class OrdersAndVisits implements WorkQueueProvider {

	private static final WorkItemQueue ORDERS = new WorkItemQueue(ServiceOrder.class.getSimpleName(),
			Set.of(OrderStatus.COMPLETED.getName(), OrderStatus.CLOSED.getName(), OrderStatus.CANCELLED.getName()),
			Messages.kindOrder);

	@Override
	public List<WorkEntry> entries(WorkQuery query) throws StoreException {
		Map<Long, WorkEntry> orders = new HashMap<>();
		for (WorkEntry order : ORDERS.entries(query)) {
			orders.put(order.target(), order);
		}
		List<WorkEntry> entries = new ArrayList<>();
		if (query.staffId() != 0) {
			Instant from = query.today().atStartOfDay(query.zone()).toInstant();
			Instant to = query.today().plusDays(1).atStartOfDay(query.zone()).toInstant();
			for (VisitRow visit : new OrderQueries(query.database()).visits(from, to)) {
				if (visit.technicianId() != query.staffId() || !open(visit.status())) {
					continue;
				}
				WorkEntry order = orders.remove(visit.orderId());
				LocalDateTime start = LocalDateTime.ofInstant(visit.start(), query.zone());
				if (start.toLocalDate().isBefore(query.today())) {
					start = query.today().atStartOfDay(); // began yesterday, still going on
				}
				entries.add(new WorkEntry(Messages.kindVisit, visit.orderId(), visit.number(), visit.title(),
						start.toLocalDate(), start.toLocalTime(), order == null ? Priority.NORMAL : order.priority(),
						order == null ? null : order.assignee()));
			}
		}
		entries.addAll(orders.values());
		return entries;
	}

	private static boolean open(OrderStatus status) {
		return status != OrderStatus.COMPLETED && status != OrderStatus.CLOSED && status != OrderStatus.CANCELLED;
	}
}
