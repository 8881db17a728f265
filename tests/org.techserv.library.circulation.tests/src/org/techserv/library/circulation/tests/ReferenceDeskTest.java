package org.techserv.library.circulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.circulation.Channel;
import org.techserv.library.circulation.MonthlyStatistics;
import org.techserv.library.circulation.QuestionType;
import org.techserv.library.circulation.ReferenceDesk;
import org.techserv.library.circulation.ReferenceQuestion;

/** The reference desk tally and its monthly statistics on a real database. */
class ReferenceDeskTest {

	private static final ZoneId ZONE = ZoneId.of("America/Chicago");

	@TempDir
	Path folder;

	private Library library;
	private DeskClock clock;
	private ReferenceDesk desk;

	@BeforeEach
	void open() throws Exception {
		library = new Library(folder);
		clock = new DeskClock(LocalDateTime.of(2026, 1, 31, 20, 30).atZone(ZONE).toInstant(), ZONE);
		desk = new ReferenceDesk(library.database, clock);
	}

	@AfterEach
	void close() throws Exception {
		library.close();
	}

	@Test
	void eachTallyCountsInItsMonthByTypeAndChannel() throws Exception {
		desk.tally(QuestionType.DIRECTIONAL, Channel.IN_PERSON);
		desk.tally(QuestionType.DIRECTIONAL, Channel.IN_PERSON);
		desk.tally(QuestionType.RESEARCH, Channel.EMAIL);
		clock.days(1); // 1 February at 20:30 in Chicago is already 2 February in UTC
		desk.tally(QuestionType.TECHNOLOGY, Channel.PHONE);
		desk.tally(QuestionType.DIRECTIONAL, Channel.CHAT);

		MonthlyStatistics january = desk.month(YearMonth.of(2026, 1));
		assertEquals(2, january.count(QuestionType.DIRECTIONAL, Channel.IN_PERSON));
		assertEquals(1, january.count(QuestionType.RESEARCH, Channel.EMAIL));
		assertEquals(0, january.count(QuestionType.TECHNOLOGY, Channel.PHONE));
		assertEquals(3, january.total());
		assertEquals(2, january.total(QuestionType.DIRECTIONAL));
		assertEquals(2, january.total(Channel.IN_PERSON));

		MonthlyStatistics february = desk.month(desk.thisMonth());
		assertEquals(YearMonth.of(2026, 2), february.month());
		assertEquals(2, february.total(), "the desk's month, not UTC's");
		assertEquals(1, february.total(Channel.CHAT));
		assertEquals(0, desk.month(YearMonth.of(2026, 3)).total());
	}

	@Test
	void aTallyNotedByMistakeIsTakenBack() throws Exception {
		desk.tally(QuestionType.POLICY, Channel.PHONE);
		ReferenceQuestion mistake = desk.tally(QuestionType.READY_REFERENCE, Channel.PHONE);

		assertTrue(desk.remove(mistake));
		assertFalse(desk.remove(mistake), "gone already");
		MonthlyStatistics month = desk.month(desk.thisMonth());
		assertEquals(1, month.total());
		assertEquals(1, month.count(QuestionType.POLICY, Channel.PHONE));
	}
}
