package org.techserv.library.serials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.techserv.library.serials.ChronologyDetail;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.IssuePrediction;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternException;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictedIssue;
import org.techserv.library.serials.PredictionPattern;

/**
 * Two years of each pattern the library meets, against lists written out by hand (read off a calendar, not
 * computed by the code under test): "label date" per issue.
 */
class IssuePredictionTest {

	static final LocalDate START = LocalDate.of(2024, 1, 1);
	static final LocalDate END = LocalDate.of(2025, 12, 31);

	@Test
	void monthlyOnThe10thWithContinuousNumbers() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.MONTHLY, LocalDate.of(2024, 1, 10))
				.level("no.", 0, Numbering.CONTINUOUS, 37).days(10).build();
		assertEquals("""
				no.37(2024:Jan) 2024-01-10
				no.38(2024:Feb) 2024-02-10
				no.39(2024:Mar) 2024-03-10
				no.40(2024:Apr) 2024-04-10
				no.41(2024:May) 2024-05-10
				no.42(2024:Jun) 2024-06-10
				no.43(2024:Jul) 2024-07-10
				no.44(2024:Aug) 2024-08-10
				no.45(2024:Sep) 2024-09-10
				no.46(2024:Oct) 2024-10-10
				no.47(2024:Nov) 2024-11-10
				no.48(2024:Dec) 2024-12-10
				no.49(2025:Jan) 2025-01-10
				no.50(2025:Feb) 2025-02-10
				no.51(2025:Mar) 2025-03-10
				no.52(2025:Apr) 2025-04-10
				no.53(2025:May) 2025-05-10
				no.54(2025:Jun) 2025-06-10
				no.55(2025:Jul) 2025-07-10
				no.56(2025:Aug) 2025-08-10
				no.57(2025:Sep) 2025-09-10
				no.58(2025:Oct) 2025-10-10
				no.59(2025:Nov) 2025-11-10
				no.60(2025:Dec) 2025-12-10
				""", twoYears(pattern));
	}

	@Test
	void quarterlyWithFourNumbersAVolume() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.QUARTERLY, LocalDate.of(2024, 1, 15))
				.level("v.", 0, Numbering.CONTINUOUS, 12).level("no.", 4, Numbering.RESTART, 1).build();
		assertEquals("""
				v.12:no.1(2024:Jan) 2024-01-15
				v.12:no.2(2024:Apr) 2024-04-15
				v.12:no.3(2024:Jul) 2024-07-15
				v.12:no.4(2024:Oct) 2024-10-15
				v.13:no.1(2025:Jan) 2025-01-15
				v.13:no.2(2025:Apr) 2025-04-15
				v.13:no.3(2025:Jul) 2025-07-15
				v.13:no.4(2025:Oct) 2025-10-15
				""", twoYears(pattern));
	}

	@Test
	void annualVolumesWithMonthlyNumbersRestartingEachVolume() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.MONTHLY, START)
				.level("v.", 0, Numbering.CONTINUOUS, 5).level("no.", 12, Numbering.RESTART, 1).build();
		assertEquals("""
				v.5:no.1(2024:Jan) 2024-01-01
				v.5:no.2(2024:Feb) 2024-02-01
				v.5:no.3(2024:Mar) 2024-03-01
				v.5:no.4(2024:Apr) 2024-04-01
				v.5:no.5(2024:May) 2024-05-01
				v.5:no.6(2024:Jun) 2024-06-01
				v.5:no.7(2024:Jul) 2024-07-01
				v.5:no.8(2024:Aug) 2024-08-01
				v.5:no.9(2024:Sep) 2024-09-01
				v.5:no.10(2024:Oct) 2024-10-01
				v.5:no.11(2024:Nov) 2024-11-01
				v.5:no.12(2024:Dec) 2024-12-01
				v.6:no.1(2025:Jan) 2025-01-01
				v.6:no.2(2025:Feb) 2025-02-01
				v.6:no.3(2025:Mar) 2025-03-01
				v.6:no.4(2025:Apr) 2025-04-01
				v.6:no.5(2025:May) 2025-05-01
				v.6:no.6(2025:Jun) 2025-06-01
				v.6:no.7(2025:Jul) 2025-07-01
				v.6:no.8(2025:Aug) 2025-08-01
				v.6:no.9(2025:Sep) 2025-09-01
				v.6:no.10(2025:Oct) 2025-10-01
				v.6:no.11(2025:Nov) 2025-11-01
				v.6:no.12(2025:Dec) 2025-12-01
				""", twoYears(pattern));
	}

	@Test
	void twiceMonthlyOnThe1stAnd15th() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.SEMIMONTHLY, START)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 24, Numbering.RESTART, 1)
				.chronology(ChronologyDetail.DAY).days(1, 15).build();
		assertEquals("""
				v.1:no.1(2024:Jan 1) 2024-01-01
				v.1:no.2(2024:Jan 15) 2024-01-15
				v.1:no.3(2024:Feb 1) 2024-02-01
				v.1:no.4(2024:Feb 15) 2024-02-15
				v.1:no.5(2024:Mar 1) 2024-03-01
				v.1:no.6(2024:Mar 15) 2024-03-15
				v.1:no.7(2024:Apr 1) 2024-04-01
				v.1:no.8(2024:Apr 15) 2024-04-15
				v.1:no.9(2024:May 1) 2024-05-01
				v.1:no.10(2024:May 15) 2024-05-15
				v.1:no.11(2024:Jun 1) 2024-06-01
				v.1:no.12(2024:Jun 15) 2024-06-15
				v.1:no.13(2024:Jul 1) 2024-07-01
				v.1:no.14(2024:Jul 15) 2024-07-15
				v.1:no.15(2024:Aug 1) 2024-08-01
				v.1:no.16(2024:Aug 15) 2024-08-15
				v.1:no.17(2024:Sep 1) 2024-09-01
				v.1:no.18(2024:Sep 15) 2024-09-15
				v.1:no.19(2024:Oct 1) 2024-10-01
				v.1:no.20(2024:Oct 15) 2024-10-15
				v.1:no.21(2024:Nov 1) 2024-11-01
				v.1:no.22(2024:Nov 15) 2024-11-15
				v.1:no.23(2024:Dec 1) 2024-12-01
				v.1:no.24(2024:Dec 15) 2024-12-15
				v.2:no.1(2025:Jan 1) 2025-01-01
				v.2:no.2(2025:Jan 15) 2025-01-15
				v.2:no.3(2025:Feb 1) 2025-02-01
				v.2:no.4(2025:Feb 15) 2025-02-15
				v.2:no.5(2025:Mar 1) 2025-03-01
				v.2:no.6(2025:Mar 15) 2025-03-15
				v.2:no.7(2025:Apr 1) 2025-04-01
				v.2:no.8(2025:Apr 15) 2025-04-15
				v.2:no.9(2025:May 1) 2025-05-01
				v.2:no.10(2025:May 15) 2025-05-15
				v.2:no.11(2025:Jun 1) 2025-06-01
				v.2:no.12(2025:Jun 15) 2025-06-15
				v.2:no.13(2025:Jul 1) 2025-07-01
				v.2:no.14(2025:Jul 15) 2025-07-15
				v.2:no.15(2025:Aug 1) 2025-08-01
				v.2:no.16(2025:Aug 15) 2025-08-15
				v.2:no.17(2025:Sep 1) 2025-09-01
				v.2:no.18(2025:Sep 15) 2025-09-15
				v.2:no.19(2025:Oct 1) 2025-10-01
				v.2:no.20(2025:Oct 15) 2025-10-15
				v.2:no.21(2025:Nov 1) 2025-11-01
				v.2:no.22(2025:Nov 15) 2025-11-15
				v.2:no.23(2025:Dec 1) 2025-12-01
				v.2:no.24(2025:Dec 15) 2025-12-15
				""", twoYears(pattern));
	}

	@Test
	void weeklyOnMondaysWithAVolumeEachJanuary() throws Exception {
		// 2024 has 53 Mondays, 2025 has 52: the volume follows the calendar, not a count
		PredictionPattern pattern = PredictionPattern.builder(Frequency.WEEKLY, START)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 0, Numbering.RESTART, 1)
				.volumeChange(Month.JANUARY).chronology(ChronologyDetail.DAY).build();
		assertEquals("""
				v.1:no.1(2024:Jan 1) 2024-01-01
				v.1:no.2(2024:Jan 8) 2024-01-08
				v.1:no.3(2024:Jan 15) 2024-01-15
				v.1:no.4(2024:Jan 22) 2024-01-22
				v.1:no.5(2024:Jan 29) 2024-01-29
				v.1:no.6(2024:Feb 5) 2024-02-05
				v.1:no.7(2024:Feb 12) 2024-02-12
				v.1:no.8(2024:Feb 19) 2024-02-19
				v.1:no.9(2024:Feb 26) 2024-02-26
				v.1:no.10(2024:Mar 4) 2024-03-04
				v.1:no.11(2024:Mar 11) 2024-03-11
				v.1:no.12(2024:Mar 18) 2024-03-18
				v.1:no.13(2024:Mar 25) 2024-03-25
				v.1:no.14(2024:Apr 1) 2024-04-01
				v.1:no.15(2024:Apr 8) 2024-04-08
				v.1:no.16(2024:Apr 15) 2024-04-15
				v.1:no.17(2024:Apr 22) 2024-04-22
				v.1:no.18(2024:Apr 29) 2024-04-29
				v.1:no.19(2024:May 6) 2024-05-06
				v.1:no.20(2024:May 13) 2024-05-13
				v.1:no.21(2024:May 20) 2024-05-20
				v.1:no.22(2024:May 27) 2024-05-27
				v.1:no.23(2024:Jun 3) 2024-06-03
				v.1:no.24(2024:Jun 10) 2024-06-10
				v.1:no.25(2024:Jun 17) 2024-06-17
				v.1:no.26(2024:Jun 24) 2024-06-24
				v.1:no.27(2024:Jul 1) 2024-07-01
				v.1:no.28(2024:Jul 8) 2024-07-08
				v.1:no.29(2024:Jul 15) 2024-07-15
				v.1:no.30(2024:Jul 22) 2024-07-22
				v.1:no.31(2024:Jul 29) 2024-07-29
				v.1:no.32(2024:Aug 5) 2024-08-05
				v.1:no.33(2024:Aug 12) 2024-08-12
				v.1:no.34(2024:Aug 19) 2024-08-19
				v.1:no.35(2024:Aug 26) 2024-08-26
				v.1:no.36(2024:Sep 2) 2024-09-02
				v.1:no.37(2024:Sep 9) 2024-09-09
				v.1:no.38(2024:Sep 16) 2024-09-16
				v.1:no.39(2024:Sep 23) 2024-09-23
				v.1:no.40(2024:Sep 30) 2024-09-30
				v.1:no.41(2024:Oct 7) 2024-10-07
				v.1:no.42(2024:Oct 14) 2024-10-14
				v.1:no.43(2024:Oct 21) 2024-10-21
				v.1:no.44(2024:Oct 28) 2024-10-28
				v.1:no.45(2024:Nov 4) 2024-11-04
				v.1:no.46(2024:Nov 11) 2024-11-11
				v.1:no.47(2024:Nov 18) 2024-11-18
				v.1:no.48(2024:Nov 25) 2024-11-25
				v.1:no.49(2024:Dec 2) 2024-12-02
				v.1:no.50(2024:Dec 9) 2024-12-09
				v.1:no.51(2024:Dec 16) 2024-12-16
				v.1:no.52(2024:Dec 23) 2024-12-23
				v.1:no.53(2024:Dec 30) 2024-12-30
				v.2:no.1(2025:Jan 6) 2025-01-06
				v.2:no.2(2025:Jan 13) 2025-01-13
				v.2:no.3(2025:Jan 20) 2025-01-20
				v.2:no.4(2025:Jan 27) 2025-01-27
				v.2:no.5(2025:Feb 3) 2025-02-03
				v.2:no.6(2025:Feb 10) 2025-02-10
				v.2:no.7(2025:Feb 17) 2025-02-17
				v.2:no.8(2025:Feb 24) 2025-02-24
				v.2:no.9(2025:Mar 3) 2025-03-03
				v.2:no.10(2025:Mar 10) 2025-03-10
				v.2:no.11(2025:Mar 17) 2025-03-17
				v.2:no.12(2025:Mar 24) 2025-03-24
				v.2:no.13(2025:Mar 31) 2025-03-31
				v.2:no.14(2025:Apr 7) 2025-04-07
				v.2:no.15(2025:Apr 14) 2025-04-14
				v.2:no.16(2025:Apr 21) 2025-04-21
				v.2:no.17(2025:Apr 28) 2025-04-28
				v.2:no.18(2025:May 5) 2025-05-05
				v.2:no.19(2025:May 12) 2025-05-12
				v.2:no.20(2025:May 19) 2025-05-19
				v.2:no.21(2025:May 26) 2025-05-26
				v.2:no.22(2025:Jun 2) 2025-06-02
				v.2:no.23(2025:Jun 9) 2025-06-09
				v.2:no.24(2025:Jun 16) 2025-06-16
				v.2:no.25(2025:Jun 23) 2025-06-23
				v.2:no.26(2025:Jun 30) 2025-06-30
				v.2:no.27(2025:Jul 7) 2025-07-07
				v.2:no.28(2025:Jul 14) 2025-07-14
				v.2:no.29(2025:Jul 21) 2025-07-21
				v.2:no.30(2025:Jul 28) 2025-07-28
				v.2:no.31(2025:Aug 4) 2025-08-04
				v.2:no.32(2025:Aug 11) 2025-08-11
				v.2:no.33(2025:Aug 18) 2025-08-18
				v.2:no.34(2025:Aug 25) 2025-08-25
				v.2:no.35(2025:Sep 1) 2025-09-01
				v.2:no.36(2025:Sep 8) 2025-09-08
				v.2:no.37(2025:Sep 15) 2025-09-15
				v.2:no.38(2025:Sep 22) 2025-09-22
				v.2:no.39(2025:Sep 29) 2025-09-29
				v.2:no.40(2025:Oct 6) 2025-10-06
				v.2:no.41(2025:Oct 13) 2025-10-13
				v.2:no.42(2025:Oct 20) 2025-10-20
				v.2:no.43(2025:Oct 27) 2025-10-27
				v.2:no.44(2025:Nov 3) 2025-11-03
				v.2:no.45(2025:Nov 10) 2025-11-10
				v.2:no.46(2025:Nov 17) 2025-11-17
				v.2:no.47(2025:Nov 24) 2025-11-24
				v.2:no.48(2025:Dec 1) 2025-12-01
				v.2:no.49(2025:Dec 8) 2025-12-08
				v.2:no.50(2025:Dec 15) 2025-12-15
				v.2:no.51(2025:Dec 22) 2025-12-22
				v.2:no.52(2025:Dec 29) 2025-12-29
				""", twoYears(pattern));
	}

	@Test
	void combinedIssuesKeepTheirNumbersAndDatesInOneIssue() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.MONTHLY, START)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 12, Numbering.RESTART, 1)
				.combineMonths(Month.JULY, Month.AUGUST).build();
		assertEquals("""
				v.1:no.1(2024:Jan) 2024-01-01
				v.1:no.2(2024:Feb) 2024-02-01
				v.1:no.3(2024:Mar) 2024-03-01
				v.1:no.4(2024:Apr) 2024-04-01
				v.1:no.5(2024:May) 2024-05-01
				v.1:no.6(2024:Jun) 2024-06-01
				v.1:no.7/8(2024:Jul/Aug) 2024-07-01
				v.1:no.9(2024:Sep) 2024-09-01
				v.1:no.10(2024:Oct) 2024-10-01
				v.1:no.11(2024:Nov) 2024-11-01
				v.1:no.12(2024:Dec) 2024-12-01
				v.2:no.1(2025:Jan) 2025-01-01
				v.2:no.2(2025:Feb) 2025-02-01
				v.2:no.3(2025:Mar) 2025-03-01
				v.2:no.4(2025:Apr) 2025-04-01
				v.2:no.5(2025:May) 2025-05-01
				v.2:no.6(2025:Jun) 2025-06-01
				v.2:no.7/8(2025:Jul/Aug) 2025-07-01
				v.2:no.9(2025:Sep) 2025-09-01
				v.2:no.10(2025:Oct) 2025-10-01
				v.2:no.11(2025:Nov) 2025-11-01
				v.2:no.12(2025:Dec) 2025-12-01
				""", twoYears(pattern));
		PredictedIssue summer = IssuePrediction.of(pattern).first(7).get(6);
		assertTrue(summer.combined());
		assertEquals(LocalDate.of(2024, 8, 1), summer.lastDate());
		assertEquals(7, summer.sequence());
	}

	@Test
	void omittedIssuesAreNotNumbered() throws Exception {
		// eleven issues a year, none in August
		PredictionPattern pattern = PredictionPattern.builder(Frequency.MONTHLY, START)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 11, Numbering.RESTART, 1)
				.omitMonths(Month.AUGUST).build();
		assertEquals("""
				v.1:no.1(2024:Jan) 2024-01-01
				v.1:no.2(2024:Feb) 2024-02-01
				v.1:no.3(2024:Mar) 2024-03-01
				v.1:no.4(2024:Apr) 2024-04-01
				v.1:no.5(2024:May) 2024-05-01
				v.1:no.6(2024:Jun) 2024-06-01
				v.1:no.7(2024:Jul) 2024-07-01
				v.1:no.8(2024:Sep) 2024-09-01
				v.1:no.9(2024:Oct) 2024-10-01
				v.1:no.10(2024:Nov) 2024-11-01
				v.1:no.11(2024:Dec) 2024-12-01
				v.2:no.1(2025:Jan) 2025-01-01
				v.2:no.2(2025:Feb) 2025-02-01
				v.2:no.3(2025:Mar) 2025-03-01
				v.2:no.4(2025:Apr) 2025-04-01
				v.2:no.5(2025:May) 2025-05-01
				v.2:no.6(2025:Jun) 2025-06-01
				v.2:no.7(2025:Jul) 2025-07-01
				v.2:no.8(2025:Sep) 2025-09-01
				v.2:no.9(2025:Oct) 2025-10-01
				v.2:no.10(2025:Nov) 2025-11-01
				v.2:no.11(2025:Dec) 2025-12-01
				""", twoYears(pattern));
	}

	@Test
	void aWeeklyWithAChristmasDoubleIssueAndNoneInTheLastWeek() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.WEEKLY, LocalDate.of(2025, 12, 1))
				.level("no.", 0, Numbering.CONTINUOUS, 9001).chronology(ChronologyDetail.DAY)
				.combineWeeks(51, 52).omitWeeks(1).build();
		assertEquals("""
				no.9001(2025:Dec 1) 2025-12-01
				no.9002(2025:Dec 8) 2025-12-08
				no.9003/9004(2025:Dec 15/22) 2025-12-15
				no.9005(2026:Jan 5) 2026-01-05
				""", lines(IssuePrediction.of(pattern).between(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 5))));
	}

	@Test
	void aPatternThatCannotProduceADateIsRefusedNamingTheValue() {
		assertRefused(PredictionPattern.builder(Frequency.IRREGULAR, START).build(), "\"irregular\"");
		assertRefused(PredictionPattern.builder(Frequency.MONTHLY, START).omitMonths(Month.values()).build(),
				"Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec");
		assertRefused(PredictionPattern.builder(Frequency.SEMIMONTHLY, START).days(15).build(), "\"15\"");
		assertRefused(PredictionPattern.builder(Frequency.MONTHLY, LocalDate.of(2024, 1, 3)).days(1).build(),
				"2024-01-03");
		assertRefused(PredictionPattern.builder(Frequency.MONTHLY, START).days(32).build(), "32");
		assertRefused(PredictionPattern.builder(Frequency.MONTHLY, START).level("v.", 0, Numbering.CONTINUOUS, 1)
				.level("no.", 0, Numbering.RESTART, 1).build(), "\"no.\"");
		assertRefused(PredictionPattern.builder(Frequency.WEEKLY, START).days(1).build(), "\"1\"");
		assertRefused(PredictionPattern.builder(null, START).build(), "frequency");
		PatternException text = assertThrows(PatternException.class,
				() -> PatternText.read("frequency=fortnightly\nfirst=2024-01-01"));
		assertTrue(text.getMessage().contains("\"fortnightly\""), text.getMessage());
	}

	@Test
	void aPatternReadsBackFromItsText() throws Exception {
		PredictionPattern pattern = PredictionPattern.builder(Frequency.SEMIMONTHLY, START)
				.level("v.", 0, Numbering.CONTINUOUS, 3).level("no.", 22, Numbering.RESTART, 1)
				.chronology(ChronologyDetail.DAY).days(1, 15).omitMonths(Month.AUGUST)
				.combineMonths(Month.DECEMBER).omitWeeks(1).combineWeeks(30, 31).volumeChange(Month.JANUARY).build();
		String text = PatternText.write(pattern);
		assertEquals(pattern, PatternText.read(text));
		assertTrue(text.contains("levels=v.|0|continuous|3; no.|22|restart|1"), text);
	}

	private static void assertRefused(PredictionPattern pattern, String named) {
		PatternException refused = assertThrows(PatternException.class, () -> IssuePrediction.of(pattern));
		assertTrue(refused.getMessage().contains(named), refused.getMessage());
	}

	private static String twoYears(PredictionPattern pattern) throws PatternException {
		return lines(IssuePrediction.of(pattern).between(START, END));
	}

	private static String lines(List<PredictedIssue> issues) {
		return issues.stream().map(i -> i.label() + ' ' + i.date() + '\n').collect(Collectors.joining());
	}
}
