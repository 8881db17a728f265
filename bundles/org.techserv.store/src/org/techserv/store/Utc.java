package org.techserv.store;

import java.util.Calendar;
import java.util.TimeZone;

/**
 * Timestamps are stored in UTC, so workstations in different time zones sharing one server agree on them.
 */
public final class Utc {

	private Utc() {
	}

	/** A fresh UTC calendar for {@code setTimestamp}/{@code getTimestamp} (calendars are not thread-safe). */
	public static Calendar calendar() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
	}
}
