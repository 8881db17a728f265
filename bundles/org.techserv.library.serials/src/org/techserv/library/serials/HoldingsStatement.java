package org.techserv.library.serials;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A summary of what the library holds of a serial, written as ranges of issues in the order they appeared:
 * {@code v.1:no.1(2024:Jan)-v.1:no.12(2024:Dec); v.2:no.1(2025:Jan)-}. A lacking issue ends a range (the gap
 * shows as the jump to the next range), every volume starts a range of its own, and the last range stays open
 * ({@code -}) while the subscription runs and nothing after it is lacking.
 */
public final class HoldingsStatement {

	/** What the library has of an issue. */
	public enum State {
		/** Received (or received inside a combined issue). */
		HELD,
		/** Not held: missing, late, claimed. */
		LACKING,
		/** Never appeared (skipped by the publisher): no gap. */
		NOT_PUBLISHED
	}

	/** An issue and what the library has of it. */
	public record Holding(PredictedIssue issue, State state) {
	}

	private HoldingsStatement() {
	}

	/**
	 * The statement of issues in sequence order; issues still to come (expected, not yet late) are left out by
	 * the caller.
	 *
	 * @param current whether the subscription runs, so that a range reaching the last issue stays open
	 */
	public static String of(List<Holding> holdings, boolean current) {
		List<PredictedIssue[]> ranges = new ArrayList<>();
		PredictedIssue[] range = null;
		for (Holding holding : holdings) {
			switch (holding.state()) {
			case HELD -> {
				PredictedIssue issue = holding.issue();
				if (range != null && sameVolume(range[1], issue)) {
					range[1] = issue;
				} else {
					range = new PredictedIssue[] { issue, issue };
					ranges.add(range);
				}
			}
			case LACKING -> range = null;
			case NOT_PUBLISHED -> {
				// no gap: the publisher skipped it
			}
			}
		}
		boolean open = current && range != null;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < ranges.size(); i++) {
			PredictedIssue[] r = ranges.get(i);
			if (i > 0) {
				text.append("; "); //$NON-NLS-1$
			}
			text.append(r[0].label());
			boolean last = i == ranges.size() - 1;
			if (last && open) {
				text.append('-');
			} else if (r[0] != r[1]) {
				text.append('-').append(r[1].label());
			}
		}
		return text.toString();
	}

	private static boolean sameVolume(PredictedIssue a, PredictedIssue b) {
		if (a.numbers().isEmpty() || b.numbers().isEmpty()) {
			return true;
		}
		return Objects.equals(a.lastNumbers().get(0), b.numbers().get(0));
	}
}
