package org.techserv.library.serials.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.EnumerationLevel;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.PatternException;
import org.techserv.library.serials.PredictionPattern;

/** Refuses a pattern that cannot produce dates or numbers, naming the value at fault. */
public final class PatternCheck {

	private PatternCheck() {
	}

	public static void check(PredictionPattern pattern) throws PatternException {
		Frequency frequency = pattern.frequency();
		if (frequency == null) {
			throw new PatternException(Messages.noFrequency);
		}
		if (frequency == Frequency.IRREGULAR) {
			throw new PatternException(NLS.bind(Messages.irregularFrequency, label(frequency)));
		}
		if (pattern.firstIssue() == null) {
			throw new PatternException(Messages.noFirstIssue);
		}
		checkLevels(pattern);
		checkDays(pattern);
		for (Set<Integer> weeks : pattern.combinedWeeks()) {
			checkWeeks(weeks);
		}
		checkWeeks(pattern.omittedWeeks());
		checkSomethingAppears(pattern);
	}

	private static void checkLevels(PredictionPattern pattern) throws PatternException {
		List<EnumerationLevel> levels = pattern.levels();
		if (levels.size() != pattern.firstNumbers().size()) {
			throw new PatternException(NLS.bind(Messages.numbersDontMatchLevels, levels.size(),
					pattern.firstNumbers().size()));
		}
		for (int i = 0; i < levels.size(); i++) {
			EnumerationLevel level = levels.get(i);
			if (level.caption() == null || level.caption().isBlank()) {
				throw new PatternException(NLS.bind(Messages.blankCaption, i + 1));
			}
			Integer first = pattern.firstNumbers().get(i);
			if (first == null || first < 1) {
				throw new PatternException(NLS.bind(Messages.badFirstNumber, first, level.caption()));
			}
			if (level.unitsPerNext() < 0) {
				throw new PatternException(NLS.bind(Messages.badUnits, level.caption(), level.unitsPerNext()));
			}
			boolean calendarDriven = i == 1 && pattern.volumeChange() != null;
			if (i > 0 && level.unitsPerNext() == 0 && !calendarDriven) {
				throw new PatternException(NLS.bind(Messages.noUnitsNoVolumeChange, level.caption(),
						levels.get(i - 1).caption()));
			}
		}
	}

	private static void checkDays(PredictionPattern pattern) throws PatternException {
		Frequency frequency = pattern.frequency();
		List<Integer> days = pattern.publicationDays();
		String written = days.stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
		for (Integer day : days) {
			if (day == null || day < 1 || day > 31) {
				throw new PatternException(NLS.bind(Messages.badDay, day));
			}
		}
		if (frequency.weekBased() && !days.isEmpty()) {
			throw new PatternException(NLS.bind(Messages.weekBasedHasNoDays, label(frequency), written));
		}
		if (frequency == Frequency.SEMIMONTHLY && new TreeSet<>(days).size() != 2) {
			throw new PatternException(NLS.bind(Messages.semimonthlyNeedsTwoDays, written));
		}
		if (frequency.monthBased() && frequency != Frequency.SEMIMONTHLY && days.size() > 1) {
			throw new PatternException(NLS.bind(Messages.oneDayOnly, label(frequency), written));
		}
		LocalDate first = pattern.firstIssue();
		if (!days.isEmpty() && days.stream().noneMatch(d -> Math.min(d, first.lengthOfMonth()) == first.getDayOfMonth())) {
			throw new PatternException(NLS.bind(Messages.firstIssueNotPublicationDay, first, written));
		}
	}

	private static void checkWeeks(Set<Integer> weeks) throws PatternException {
		for (Integer week : weeks) {
			if (week == null || week < 1 || week > 53) {
				throw new PatternException(NLS.bind(Messages.badWeek, week));
			}
		}
	}

	/** Omissions repeat every year: three years without an issue means none ever comes. */
	private static void checkSomethingAppears(PredictionPattern pattern) throws PatternException {
		PublicationDates dates = new PublicationDates(pattern);
		LocalDate limit = pattern.firstIssue().plusYears(3);
		for (LocalDate date = dates.next(); date.isBefore(limit); date = dates.next()) {
			if (!Regularity.omitted(pattern, date)) {
				return;
			}
		}
		String omitted = new TreeSet<>(pattern.omittedMonths()).stream().map(m -> Chronology.month(m))
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		if (!pattern.omittedWeeks().isEmpty()) {
			omitted += (omitted.isEmpty() ? "" : "; ") + "weeks " + new TreeSet<>(pattern.omittedWeeks()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		throw new PatternException(NLS.bind(Messages.everythingOmitted, pattern.firstIssue(), omitted));
	}

	private static String label(Frequency frequency) {
		return frequency.name().toLowerCase(java.util.Locale.ROOT);
	}
}
