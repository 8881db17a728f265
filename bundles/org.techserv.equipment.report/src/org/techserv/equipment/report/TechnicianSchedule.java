package org.techserv.equipment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.Visit;
import org.techserv.equipment.report.internal.Formats;
import org.techserv.equipment.report.internal.ICalendarWriter;
import org.techserv.equipment.report.internal.Labels;
import org.techserv.equipment.report.internal.Messages;
import org.techserv.model.core.Party;

/**
 * A technician's visits as an iCalendar file (RFC 5545) for any calendar program: one event per visit of
 * that technician, in UTC, with the order, customer, site and reported problem. Each event's UID stays the
 * same across exports (order number and visit position), so importing again updates instead of
 * duplicating.
 */
public final class TechnicianSchedule {

	private static final String PRODUCT = "-//Techserv//Techserv Workbench//EN"; //$NON-NLS-1$

	private TechnicianSchedule() {
	}

	/**
	 * Writes the calendar of the technician's visits among the orders to out (UTF-8, CRLF lines folded at 75
	 * octets), which stays open. Visits without a start time are left out: there is nothing to put in a
	 * calendar yet.
	 */
	public static void write(Party technician, List<ServiceOrder> orders, OutputStream out) throws IOException {
		Objects.requireNonNull(technician, "technician"); //$NON-NLS-1$
		Objects.requireNonNull(orders, "orders"); //$NON-NLS-1$
		Instant now = Instant.now();
		ICalendarWriter calendar = new ICalendarWriter(out);
		calendar.property("BEGIN", "VCALENDAR"); //$NON-NLS-1$ //$NON-NLS-2$
		calendar.property("VERSION", "2.0"); //$NON-NLS-1$ //$NON-NLS-2$
		calendar.property("PRODID", PRODUCT); //$NON-NLS-1$
		calendar.property("CALSCALE", "GREGORIAN"); //$NON-NLS-1$ //$NON-NLS-2$
		calendar.text("X-WR-CALNAME", NLS.bind(Messages.calendarName, Labels.party(technician))); //$NON-NLS-1$
		for (Event event : events(technician, orders)) {
			event.write(calendar, now);
		}
		calendar.property("END", "VCALENDAR"); //$NON-NLS-1$ //$NON-NLS-2$
		calendar.flush();
	}

	private static List<Event> events(Party technician, List<ServiceOrder> orders) {
		List<Event> events = new ArrayList<>();
		for (ServiceOrder order : orders) {
			List<Visit> visits = order.getVisits();
			for (int i = 0; i < visits.size(); i++) {
				Visit visit = visits.get(i);
				if (visit.getStart() != null && sameParty(visit.getTechnician(), technician)) {
					events.add(new Event(order, visit, i + 1));
				}
			}
		}
		events.sort(Comparator.comparing((Event event) -> event.visit().getStart()));
		return events;
	}

	/** The same object, or the same stored party (orders loaded separately hold separate copies). */
	private static boolean sameParty(Party a, Party b) {
		return a == b || a != null && b != null && a.getId() != 0 && a.getId() == b.getId();
	}

	private record Event(ServiceOrder order, Visit visit, int position) {

		void write(ICalendarWriter calendar, Instant now) throws IOException {
			calendar.property("BEGIN", "VEVENT"); //$NON-NLS-1$ //$NON-NLS-2$
			calendar.text("UID", uid()); //$NON-NLS-1$
			calendar.property("DTSTAMP", ICalendarWriter.utc(revised(now))); //$NON-NLS-1$
			calendar.property("DTSTART", ICalendarWriter.utc(visit.getStart())); //$NON-NLS-1$
			if (visit.getEnd() != null && visit.getEnd().isAfter(visit.getStart())) {
				calendar.property("DTEND", ICalendarWriter.utc(visit.getEnd())); //$NON-NLS-1$
			}
			calendar.text("SUMMARY", summary()); //$NON-NLS-1$
			CustomerEquipment unit = order.getEquipment();
			String site = unit == null ? "" : Labels.address(unit.getSite()); //$NON-NLS-1$
			if (!site.isEmpty()) {
				calendar.text("LOCATION", site); //$NON-NLS-1$
			}
			String description = description(unit);
			if (!description.isEmpty()) {
				calendar.text("DESCRIPTION", description); //$NON-NLS-1$
			}
			if (OrderStatus.CANCELLED.getName().equals(order.getStatus())) {
				calendar.property("STATUS", "CANCELLED"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			calendar.property("END", "VEVENT"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		private String uid() {
			String number = order.getNumber() == null || order.getNumber().isBlank() ? "order-" + order.getId() //$NON-NLS-1$
					: order.getNumber().strip();
			return number + '-' + position + "@techserv"; //$NON-NLS-1$
		}

		/** When the order was last changed, as RFC 5545 asks of a calendar without METHOD; else now. */
		private Instant revised(Instant now) {
			if (order.getUpdatedAt() != null) {
				return order.getUpdatedAt();
			}
			return order.getCreatedAt() != null ? order.getCreatedAt() : now;
		}

		private String summary() {
			String title = order.getTitle();
			String pattern = title == null || title.isBlank() ? Messages.eventSummaryUntitled : Messages.eventSummary;
			return NLS.bind(pattern, new Object[] { Formats.orNone(order.getNumber()), Labels.kind(order.getKind()),
					title == null ? "" : title.strip(), Labels.party(order.getCustomer()) }); //$NON-NLS-1$
		}

		private String description(CustomerEquipment unit) {
			List<String> parts = new ArrayList<>();
			if (order.getReportedProblem() != null && !order.getReportedProblem().isBlank()) {
				parts.add(order.getReportedProblem().strip());
			}
			if (unit != null) {
				parts.add(NLS.bind(Messages.eventEquipment, Labels.model(unit.getModel()),
						Formats.orNone(unit.getSerialNumber())));
			}
			if (visit.getTravelNote() != null && !visit.getTravelNote().isBlank()) {
				parts.add(NLS.bind(Messages.eventTravel, visit.getTravelNote().strip()));
			}
			return String.join("\n\n", parts); //$NON-NLS-1$
		}
	}
}
