package org.techserv.equipment.store;

import java.time.Instant;

import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;

/**
 * One visit on the dispatch board.
 *
 * @param orderId      the order's id
 * @param number       the order's number
 * @param title        the order's title
 * @param kind         the order's kind
 * @param status       the order's status
 * @param technicianId who goes
 * @param start        when the visit starts
 * @param end          when it ends
 */
public record VisitRow(long orderId, String number, String title, ServiceKind kind, OrderStatus status,
		long technicianId, Instant start, Instant end) {

	public boolean overlaps(VisitRow other) {
		return technicianId == other.technicianId && start.isBefore(other.end) && other.start.isBefore(end);
	}
}
