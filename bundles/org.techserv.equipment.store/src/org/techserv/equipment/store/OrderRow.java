package org.techserv.equipment.store;

import java.time.LocalDate;

import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.model.core.Priority;

/**
 * One line of a list of service orders: what a dispatcher scans, without the order's contents.
 *
 * @param id         the order's id
 * @param number     SO-000042
 * @param title      what the order is about
 * @param kind       installation, repair, ...
 * @param status     where it stands
 * @param priority   how urgent
 * @param customer   the customer's sort name, or null
 * @param equipment  the equipment's serial number, or null
 * @param technician the assigned technician's sort name, or null
 * @param due        the due date, or null
 */
public record OrderRow(long id, String number, String title, ServiceKind kind, OrderStatus status, Priority priority,
		String customer, String equipment, String technician, LocalDate due) {
}
