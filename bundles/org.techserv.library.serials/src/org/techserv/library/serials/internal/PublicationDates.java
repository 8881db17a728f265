package org.techserv.library.serials.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.PredictionPattern;

/** The dates a regular frequency publishes on from the first issue, endlessly, before omissions and combinations. */
public final class PublicationDates {

	private final Frequency frequency;
	private final LocalDate first;
	private final List<Integer> days;
	private long step;
	private final List<LocalDate> pending = new ArrayList<>(2);

	public PublicationDates(PredictionPattern pattern) {
		this.frequency = pattern.frequency();
		this.first = pattern.firstIssue();
		this.days = pattern.publicationDays().isEmpty() ? List.of(first.getDayOfMonth())
				: List.copyOf(new TreeSet<>(pattern.publicationDays()));
	}

	public LocalDate next() {
		while (pending.isEmpty()) {
			fill();
		}
		return pending.remove(0);
	}

	private void fill() {
		if (frequency.weekBased()) {
			pending.add(first.plusWeeks(step++ * frequency.weeks()));
			return;
		}
		YearMonth month = YearMonth.from(first).plusMonths(step++ * frequency.months());
		LocalDate previous = null;
		for (int day : days) {
			// a day the month lacks (the 31st in April) falls on its last day
			LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
			if (!date.isBefore(first) && !date.equals(previous)) {
				pending.add(date);
			}
			previous = date;
		}
	}
}
