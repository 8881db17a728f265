package org.techserv.library.circulation.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves on by days, as the desk lives through weeks of loans. */
final class DeskClock extends Clock {

	private Instant now;
	private final ZoneId zone;

	DeskClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	void days(int days) {
		now = now.plus(Duration.ofDays(days));
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new DeskClock(now, other);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
