package org.techserv.work;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import org.techserv.model.core.Priority;

/**
 * One thing someone has to do, as the My Work view lists it. A provider makes these; its opener opens
 * {@link #target()} when the user presses Enter on the row.
 *
 * @param kind     what sort of work this is, in the user's words ("Service order", "Visit", "Cataloguing")
 * @param target   what the provider's opener opens, usually the work item's id
 * @param number   the number people quote (SO-000042, CT-17), or empty
 * @param title    what it is about
 * @param dueDate  the day it is due, or null when it has no due date
 * @param dueTime  the time of day it is due (a visit's start), or null for "some time that day"
 * @param priority how urgent
 * @param assignee who it is assigned to (a display name), or null for nobody yet
 */
public record WorkEntry(String kind, long target, String number, String title, LocalDate dueDate, LocalTime dueTime,
		Priority priority, String assignee) {

	public WorkEntry {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		number = number == null ? "" : number; //$NON-NLS-1$
		title = title == null ? "" : title; //$NON-NLS-1$
		priority = priority == null ? Priority.NORMAL : priority;
		if (dueDate == null && dueTime != null) {
			throw new IllegalArgumentException("a due time needs a due date"); //$NON-NLS-1$
		}
	}
}
