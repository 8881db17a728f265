package org.techserv.library.serials.store;

import java.time.LocalDate;

/**
 * A subscription to a serial: the record it is on, the vendor, when it runs, its prediction pattern (as
 * {@link org.techserv.library.serials.PatternText}) and its claim rules. Id 0 until saved.
 *
 * @param title      the record's title, for lists (read only)
 * @param graceDays  days after the expected date before an issue is late
 * @param claimDays  days to wait after a claim before claiming again
 * @param end        the last day of the subscription, or null while it runs on
 */
public record Subscription(long id, int version, long recordId, String title, String vendor, LocalDate start,
		LocalDate end, String pattern, int graceDays, int claimDays, String location) {

	public Subscription withId(long newId, int newVersion) {
		return new Subscription(newId, newVersion, recordId, title, vendor, start, end, pattern, graceDays, claimDays,
				location);
	}

	public boolean current(LocalDate today) {
		return end == null || !end.isBefore(today);
	}
}
