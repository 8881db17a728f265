package org.techserv.equipment.store.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.techserv.equipment.model.ServiceOrder;

/** The training record and the sign-off of an order, kept in the order's own row. */
final class Training {

	private Training() {
	}

	static String attendees(ServiceOrder o) {
		return o.getTraining() == null ? null : Lists.lines(o.getTraining().getAttendees());
	}

	static String topics(ServiceOrder o) {
		return o.getTraining() == null ? null : Lists.lines(o.getTraining().getTopics());
	}

	static Integer minutes(ServiceOrder o) {
		return o.getTraining() == null ? null : o.getTraining().getDurationMinutes();
	}

	static String signedBy(ServiceOrder o) {
		return o.getTraining() == null ? null : o.getTraining().getCustomerSignedBy();
	}

	static LocalDate signedOn(ServiceOrder o) {
		return o.getTraining() == null ? null : o.getTraining().getCustomerSignedOn();
	}

	static String signOffBy(ServiceOrder o) {
		return o.getSignOff() == null ? null : o.getSignOff().getSignedBy();
	}

	static Instant signOffAt(ServiceOrder o) {
		return o.getSignOff() == null ? null : o.getSignOff().getSignedAt();
	}

	static String signOffComment(ServiceOrder o) {
		return o.getSignOff() == null ? null : o.getSignOff().getComment();
	}
}
