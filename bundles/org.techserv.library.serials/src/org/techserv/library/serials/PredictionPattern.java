package org.techserv.library.serials;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a serial's issues are numbered and dated, in the spirit of MARC 21 Holdings 853: enumeration levels with
 * units and restart or continuous numbering, a chronology, a frequency with publication days, and the
 * regularity exceptions (combined and omitted issues). Checked by {@link IssuePrediction#of}.
 *
 * @param frequency       how often an issue appears
 * @param firstIssue      the date of the first issue predicted, itself a publication date
 * @param levels          enumeration levels from the top ({@code v.}) down ({@code no.}); may be empty for
 *                        issues known by date only
 * @param firstNumbers    the first issue's number at each level
 * @param chronology      how fine the date captions are
 * @param publicationDays days of the month issues appear on (two for {@link Frequency#SEMIMONTHLY}); empty for
 *                        the first issue's day (month-based) or weekday (week-based)
 * @param volumeChange    the month the top level changes in each year, or null when it changes after
 *                        {@link EnumerationLevel#unitsPerNext()} issues
 * @param omittedMonths   months in which no issue appears (not numbered)
 * @param omittedWeeks    ISO weeks in which no issue appears (not numbered)
 * @param combinedMonths  groups of months whose issues appear as one (each keeps its number: {@code no.7/8})
 * @param combinedWeeks   groups of ISO weeks whose issues appear as one
 */
public record PredictionPattern(Frequency frequency, LocalDate firstIssue, List<EnumerationLevel> levels,
		List<Integer> firstNumbers, ChronologyDetail chronology, List<Integer> publicationDays, Month volumeChange,
		Set<Month> omittedMonths, Set<Integer> omittedWeeks, List<Set<Month>> combinedMonths,
		List<Set<Integer>> combinedWeeks) {

	public PredictionPattern {
		levels = List.copyOf(levels);
		firstNumbers = List.copyOf(firstNumbers);
		publicationDays = List.copyOf(publicationDays);
		omittedMonths = omittedMonths.isEmpty() ? Set.of() : Set.copyOf(omittedMonths);
		omittedWeeks = Set.copyOf(omittedWeeks);
		combinedMonths = combinedMonths.stream().map(Set::copyOf).toList();
		combinedWeeks = combinedWeeks.stream().map(Set::copyOf).toList();
	}

	public static Builder builder(Frequency frequency, LocalDate firstIssue) {
		return new Builder(frequency, firstIssue);
	}

	/** Builds a pattern step by step; {@link IssuePrediction#of} checks the result. */
	public static final class Builder {
		private final Frequency frequency;
		private final LocalDate firstIssue;
		private final List<EnumerationLevel> levels = new ArrayList<>();
		private final List<Integer> firstNumbers = new ArrayList<>();
		private ChronologyDetail chronology = ChronologyDetail.MONTH;
		private final List<Integer> days = new ArrayList<>();
		private Month volumeChange;
		private final Set<Month> omittedMonths = EnumSet.noneOf(Month.class);
		private final Set<Integer> omittedWeeks = new TreeSet<>();
		private final List<Set<Month>> combinedMonths = new ArrayList<>();
		private final List<Set<Integer>> combinedWeeks = new ArrayList<>();

		private Builder(Frequency frequency, LocalDate firstIssue) {
			this.frequency = frequency;
			this.firstIssue = firstIssue;
		}

		/** A level below the ones added so far, starting at the given number. */
		public Builder level(String caption, int unitsPerNext, Numbering numbering, int firstNumber) {
			levels.add(new EnumerationLevel(caption, unitsPerNext, numbering));
			firstNumbers.add(firstNumber);
			return this;
		}

		public Builder chronology(ChronologyDetail detail) {
			this.chronology = detail;
			return this;
		}

		public Builder days(Integer... daysOfMonth) {
			days.addAll(List.of(daysOfMonth));
			return this;
		}

		public Builder volumeChange(Month month) {
			this.volumeChange = month;
			return this;
		}

		public Builder omitMonths(Month... months) {
			omittedMonths.addAll(List.of(months));
			return this;
		}

		public Builder omitWeeks(Integer... weeks) {
			omittedWeeks.addAll(List.of(weeks));
			return this;
		}

		public Builder combineMonths(Month... months) {
			combinedMonths.add(Set.of(months));
			return this;
		}

		public Builder combineWeeks(Integer... weeks) {
			combinedWeeks.add(Set.of(weeks));
			return this;
		}

		public PredictionPattern build() {
			return new PredictionPattern(frequency, firstIssue, levels, firstNumbers, chronology, days, volumeChange,
					omittedMonths, omittedWeeks, combinedMonths, combinedWeeks);
		}
	}
}
