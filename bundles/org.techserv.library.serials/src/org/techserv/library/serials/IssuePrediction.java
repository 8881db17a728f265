package org.techserv.library.serials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.techserv.library.serials.internal.Chronology;
import org.techserv.library.serials.internal.EnumerationCounter;
import org.techserv.library.serials.internal.PatternCheck;
import org.techserv.library.serials.internal.PublicationDates;
import org.techserv.library.serials.internal.Regularity;

/**
 * The issues a checked pattern expects, from its first issue on: omitted issues are left out without a number,
 * combined issues appear once with the numbers and dates of the issues they stand for.
 */
public final class IssuePrediction implements Iterable<PredictedIssue> {

	private final PredictionPattern pattern;

	private IssuePrediction(PredictionPattern pattern) {
		this.pattern = pattern;
	}

	/** The prediction of a pattern, or a refusal naming the value that keeps it from producing issues. */
	public static IssuePrediction of(PredictionPattern pattern) throws PatternException {
		PatternCheck.check(pattern);
		return new IssuePrediction(pattern);
	}

	public PredictionPattern pattern() {
		return pattern;
	}

	/** Every issue from the first up to and including the date. */
	public List<PredictedIssue> until(LocalDate last) {
		return between(pattern.firstIssue(), last);
	}

	/** The issues published from one date to another, both included. */
	public List<PredictedIssue> between(LocalDate from, LocalDate to) {
		List<PredictedIssue> issues = new ArrayList<>();
		for (PredictedIssue issue : this) {
			if (issue.date().isAfter(to)) {
				break;
			}
			if (!issue.date().isBefore(from)) {
				issues.add(issue);
			}
		}
		return issues;
	}

	/** The first issues. */
	public List<PredictedIssue> first(int count) {
		List<PredictedIssue> issues = new ArrayList<>(count);
		Iterator<PredictedIssue> run = iterator();
		while (issues.size() < count) {
			issues.add(run.next());
		}
		return issues;
	}

	/** Endless: stop when the dates are far enough. */
	@Override
	public Iterator<PredictedIssue> iterator() {
		return new Run();
	}

	private final class Run implements Iterator<PredictedIssue> {
		private final PublicationDates dates = new PublicationDates(pattern);
		private final EnumerationCounter counter = new EnumerationCounter(pattern);
		private LocalDate peeked;
		private LocalDate previous;
		private int sequence;

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public PredictedIssue next() {
			LocalDate date = take();
			if (previous != null) {
				counter.advance(previous, date);
			}
			List<Integer> numbers = counter.numbers();
			List<Integer> lastNumbers = numbers;
			LocalDate lastDate = date;
			Object combination = Regularity.combination(pattern, date);
			while (combination != null && combination.equals(Regularity.combination(pattern, peek()))) {
				LocalDate joined = take();
				counter.advance(lastDate, joined);
				lastDate = joined;
				lastNumbers = counter.numbers();
			}
			previous = lastDate;
			sequence++;
			return new PredictedIssue(sequence, numbers, lastNumbers, date, lastDate,
					EnumerationCounter.write(pattern.levels(), numbers, lastNumbers),
					Chronology.of(pattern.chronology(), date, lastDate));
		}

		/** The next date an issue appears on, omitted ones skipped. */
		private LocalDate peek() {
			while (peeked == null) {
				LocalDate date = dates.next();
				if (!Regularity.omitted(pattern, date)) {
					peeked = date;
				}
			}
			return peeked;
		}

		private LocalDate take() {
			LocalDate date = peek();
			peeked = null;
			return date;
		}
	}
}
