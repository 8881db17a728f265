package org.techserv.library.serials.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;

import org.techserv.library.serials.PredictionPattern;

/** The pattern's exceptions to its frequency: omitted issues and issues that appear combined. */
public final class Regularity {

	private Regularity() {
	}

	public static boolean omitted(PredictionPattern pattern, LocalDate date) {
		return pattern.omittedMonths().contains(date.getMonth())
				|| pattern.omittedWeeks().contains(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** Which combined issue the date belongs to (equal keys appear as one issue), or null. */
	public static Object combination(PredictionPattern pattern, LocalDate date) {
		List<Set<Month>> months = pattern.combinedMonths();
		for (int i = 0; i < months.size(); i++) {
			if (months.get(i).contains(date.getMonth())) {
				return List.of("M", date.getYear(), i); //$NON-NLS-1$
			}
		}
		List<Set<Integer>> weeks = pattern.combinedWeeks();
		int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		for (int i = 0; i < weeks.size(); i++) {
			if (weeks.get(i).contains(week)) {
				return List.of("W", date.get(IsoFields.WEEK_BASED_YEAR), i); //$NON-NLS-1$
			}
		}
		return null;
	}
}
