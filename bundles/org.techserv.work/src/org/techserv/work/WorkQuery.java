package org.techserv.work;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.techserv.store.Database;

/**
 * What the My Work view asks every provider for: the open work assigned to {@link #staffId()}, and the open work
 * due by {@link #today()} that nobody has taken yet.
 *
 * @param staffId  the party id of the staff person the list is for ("me"), or 0 when not known: then only the
 *                 unassigned work due by today is asked for
 * @param today    the day the list is for, in the user's time zone
 * @param zone     the user's time zone, to turn stored instants (a visit's start) into times of day
 * @param database the database the workbench works with
 */
public record WorkQuery(long staffId, LocalDate today, ZoneId zone, Database database) {

	public WorkQuery {
		Objects.requireNonNull(today, "today"); //$NON-NLS-1$
		Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
		Objects.requireNonNull(database, "database"); //$NON-NLS-1$
	}
}
