package org.techserv.library.serials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.HoldingsStatement;
import org.techserv.library.serials.HoldingsStatement.Holding;
import org.techserv.library.serials.HoldingsStatement.State;
import org.techserv.library.serials.IssuePrediction;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PredictedIssue;
import org.techserv.library.serials.PredictionPattern;

/** Summary statements of what arrived, gaps and all. */
class HoldingsStatementTest {

	/** Monthly, a volume a year, from January 2024 to March 2025: 15 issues. */
	static List<PredictedIssue> issues() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.MONTHLY, LocalDate.of(2024, 1, 1))
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 12, Numbering.RESTART, 1).build();
		return IssuePrediction.of(pattern).until(LocalDate.of(2025, 3, 1));
	}

	static List<Holding> holdings(Map<Integer, State> exceptions) throws Exception {
		List<Holding> holdings = new ArrayList<>();
		for (PredictedIssue issue : issues()) {
			holdings.add(new Holding(issue, exceptions.getOrDefault(issue.sequence(), State.HELD)));
		}
		return holdings;
	}

	@Test
	void everythingReceivedReadsAsOneRangeAVolumeOpenAtTheEnd() throws Exception {
		assertEquals("v.1:no.1(2024:Jan)-v.1:no.12(2024:Dec); v.2:no.1(2025:Jan)-",
				HoldingsStatement.of(holdings(Map.of()), true));
	}

	@Test
	void aLackingIssueShowsAsAGapAndASkippedOneDoesNot() throws Exception {
		// no.5 never came; no.9 was not published
		assertEquals("v.1:no.1(2024:Jan)-v.1:no.4(2024:Apr); v.1:no.6(2024:Jun)-v.1:no.12(2024:Dec); v.2:no.1(2025:Jan)-",
				HoldingsStatement.of(holdings(Map.of(5, State.LACKING, 9, State.NOT_PUBLISHED)), true));
	}

	@Test
	void aLackingLastIssueClosesTheRangeAndASingleIssueStandsAlone() throws Exception {
		// February 2025 is lacking, so the library holds January 2025 alone; March 2025 came
		assertEquals("v.1:no.1(2024:Jan)-v.1:no.12(2024:Dec); v.2:no.1(2025:Jan); v.2:no.3(2025:Mar)-",
				HoldingsStatement.of(holdings(Map.of(14, State.LACKING)), true));
		assertEquals("v.1:no.1(2024:Jan)-v.1:no.12(2024:Dec); v.2:no.1(2025:Jan)-v.2:no.2(2025:Feb)",
				HoldingsStatement.of(holdings(Map.of(15, State.LACKING)), true));
		assertEquals("v.1:no.2(2024:Feb)-v.1:no.12(2024:Dec); v.2:no.1(2025:Jan)-v.2:no.3(2025:Mar)",
				HoldingsStatement.of(holdings(Map.of(1, State.LACKING)), false), "an ended subscription closes");
		assertEquals("", HoldingsStatement.of(List.of(), true));
	}
}
