package org.techserv.equipment.store;

import java.util.Set;

import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;

/**
 * Which service orders a list shows.
 *
 * @param statuses     the statuses to show; empty for all
 * @param kinds        the kinds to show; empty for all
 * @param technicianId only orders assigned to this technician; 0 for anyone's
 * @param customer     only orders of customers whose name contains this (any case); empty for all
 */
public record OrderFilter(Set<OrderStatus> statuses, Set<ServiceKind> kinds, long technicianId, String customer) {

	public OrderFilter {
		statuses = Set.copyOf(statuses);
		kinds = Set.copyOf(kinds);
		customer = customer == null ? "" : customer.strip(); //$NON-NLS-1$
	}

	public static OrderFilter all() {
		return new OrderFilter(Set.of(), Set.of(), 0, ""); //$NON-NLS-1$
	}
}
