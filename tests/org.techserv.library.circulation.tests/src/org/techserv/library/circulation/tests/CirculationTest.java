package org.techserv.library.circulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.CirculationException;
import org.techserv.library.circulation.CirculationException.Refusal;
import org.techserv.library.circulation.Loan;
import org.techserv.library.circulation.LoanRules;
import org.techserv.library.circulation.Patron;
import org.techserv.library.circulation.Patrons;
import org.techserv.library.circulation.Return;
import org.techserv.library.model.ItemStatus;
import org.techserv.model.core.Party;
import org.techserv.model.core.PatronRole;
import org.techserv.store.AuditEntry;
import org.techserv.store.ValidationException;

/** The desk's rules on a real embedded database, as the person at the desk would notice them. */
class CirculationTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
	/** Monday 2 March 2026, 10:00 at the desk. */
	private static final Instant START = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZONE).toInstant();

	@TempDir
	Path folder;

	private Library library;
	private DeskClock clock;
	private Circulation desk;

	@BeforeEach
	void open() throws Exception {
		library = new Library(folder);
		clock = new DeskClock(START, ZONE);
		desk = new Circulation(library.database, clock);
		library.book("The left hand of darkness", ItemStatus.AVAILABLE, "3900001", "3900002");
		library.book("Middlemarch", ItemStatus.AVAILABLE, "3900003");
		library.patron("Maria", "Lindqvist", "P1001", null);
		library.patron("Tomás", "Herrera", "P1002", null);
	}

	@AfterEach
	void close() throws Exception {
		library.close();
	}

	@Test
	void aCheckOutLendsTheCopyForTheLoanPeriodAndACheckInPutsItBack() throws Exception {
		Loan loan = desk.checkOut("P1001", "3900001");

		assertEquals(LocalDate.of(2026, 3, 23), loan.due(), "21 days by default");
		assertEquals("Maria Lindqvist", loan.patronName());
		assertEquals("The left hand of darkness", loan.title());
		assertEquals(ItemStatus.ON_LOAN, library.status("3900001"));
		Patron maria = desk.findPatron("P1001");
		assertEquals(1, maria.loans());
		assertEquals(List.of("3900001"), desk.loansOf(maria).stream().map(Loan::itemBarcode).toList());

		clock.days(10);
		Return back = desk.checkIn("3900001");

		assertEquals("Maria Lindqvist", back.patronName());
		assertEquals(0, back.daysLate());
		assertEquals(ItemStatus.AVAILABLE, library.status("3900001"));
		assertEquals(0, desk.findPatron("P1001").loans());
		List<AuditEntry> history = library.items.history(library.items.byBarcode("3900001").getId());
		assertEquals(List.of("AVAILABLE>ON_LOAN", "ON_LOAN>AVAILABLE"), history.stream()
				.filter(e -> "STATUS".equals(e.field())).map(e -> e.oldValue() + '>' + e.newValue()).toList(),
				"the copy's history shows each move");
	}

	@Test
	void copiesAtTheBinderyMissingOrWithdrawnAreRefusedNamingTheBarcodeAndNothingIsSaved() throws Exception {
		library.book("Bleak house", ItemStatus.AT_BINDERY, "3900010");
		library.book("Emma", ItemStatus.MISSING, "3900011");
		library.book("Persuasion", ItemStatus.WITHDRAWN, "3900012");

		assertRefused(Refusal.NOT_AVAILABLE, "Copy 3900010 cannot be checked out: it is at the bindery.",
				() -> desk.checkOut("P1001", "3900010"));
		assertRefused(Refusal.NOT_AVAILABLE, "Copy 3900011 cannot be checked out: it is missing.",
				() -> desk.checkOut("P1001", "3900011"));
		assertRefused(Refusal.NOT_AVAILABLE, "Copy 3900012 cannot be checked out: it is withdrawn.",
				() -> desk.checkOut("P1001", "3900012"));

		assertEquals(ItemStatus.AT_BINDERY, library.status("3900010"));
		assertEquals(ItemStatus.MISSING, library.status("3900011"));
		assertEquals(ItemStatus.WITHDRAWN, library.status("3900012"));
		assertEquals(0, desk.findPatron("P1001").loans(), "no loan half-made");
	}

	@Test
	void aBlockedPatronIsRefusedWithTheReasonForCheckOutAndRenewal() throws Exception {
		library.patron("Fatima", "Okafor", "P1005", "Card expired");
		desk.checkOut("P1002", "3900003");

		assertRefused(Refusal.PATRON_BLOCKED, "Patron P1005 (Fatima Okafor) is blocked: Card expired",
				() -> desk.checkOut("P1005", "3900001"));
		assertEquals(ItemStatus.AVAILABLE, library.status("3900001"));

		library.patron("Liam", "O'Connor", "P1006", null);
		desk.checkOut("P1006", "3900002");
		blockCard("P1006");
		assertRefused(Refusal.PATRON_BLOCKED, "Patron P1006 (Liam O'Connor) is blocked: Lost card reported",
				() -> desk.renew("3900002"));
	}

	@Test
	void unknownBarcodesAreRefusedNamingThem() throws Exception {
		assertRefused(Refusal.UNKNOWN_PATRON, "No patron has the card P9999.", () -> desk.checkOut("P9999", "3900001"));
		assertRefused(Refusal.UNKNOWN_ITEM, "No copy has the barcode 123.", () -> desk.checkOut("P1001", " 123 "));
		assertRefused(Refusal.UNKNOWN_ITEM, "No copy has the barcode 124.", () -> desk.checkIn("124"));
		assertRefused(Refusal.UNKNOWN_ITEM, "No copy has the barcode 125.", () -> desk.renew("125"));
		assertNull(desk.findPatron("3900001"), "a copy's barcode is no card");
	}

	@Test
	void aPatronMayHaveNoMoreCopiesThanTheRulesAllow() throws Exception {
		desk.saveRules(new LoanRules(14, 1, 2));
		desk.checkOut("P1001", "3900001");
		desk.checkOut("P1001", "3900002");

		assertRefused(Refusal.TOO_MANY_ITEMS,
				"Patron P1001 (Maria Lindqvist) has 2 copies on loan already, the most the loan rules allow.",
				() -> desk.checkOut("P1001", "3900003"));
		assertEquals(ItemStatus.AVAILABLE, library.status("3900003"));

		desk.checkIn("3900001");
		assertEquals(LocalDate.of(2026, 3, 16), desk.checkOut("P1001", "3900003").due(), "14 days now");
	}

	@Test
	void aCopyOnLoanCannotBeLentTwice() throws Exception {
		desk.checkOut("P1001", "3900001");

		assertRefused(Refusal.ALREADY_ON_LOAN, "Copy 3900001 is on loan to Maria Lindqvist (P1001), due",
				() -> desk.checkOut("P1002", "3900001"));
		assertRefused(Refusal.ALREADY_ON_LOAN, "Copy 3900001 is already on loan to Maria Lindqvist, due",
				() -> desk.checkOut("P1001", "3900001"));
		assertRefused(Refusal.NOT_ON_LOAN, "Copy 3900002 is not on loan (it is available).",
				() -> desk.checkIn("3900002"));
		assertEquals(1, desk.findPatron("P1001").loans());
		assertEquals(0, desk.findPatron("P1002").loans());
	}

	@Test
	void renewalsMoveTheDueDateFromTodayUntilTheRulesSayNoMore() throws Exception {
		desk.checkOut("P1001", "3900001");
		clock.days(20);

		Loan first = desk.renew("3900001");
		assertEquals(LocalDate.of(2026, 4, 12), first.due(), "21 days from the day of renewal");
		assertEquals(1, first.renewals());
		clock.days(1);
		assertEquals(LocalDate.of(2026, 4, 13), desk.renew("3900001").due());

		assertRefused(Refusal.NO_RENEWALS_LEFT, "Copy 3900001 has been renewed 2 times, the most the loan rules allow",
				() -> desk.renew("3900001"));
		assertEquals(LocalDate.of(2026, 4, 13), desk.loansOf(desk.findPatron("P1001")).get(0).due(), "unchanged");
		assertRefused(Refusal.NOT_ON_LOAN, "Copy 3900002 is not on loan", () -> desk.renew("3900002"));
	}

	@Test
	void overdueLoansAreListedLongestOverdueFirstAndALateReturnSaysHowLate() throws Exception {
		desk.checkOut("P1001", "3900001");
		clock.days(3);
		desk.checkOut("P1002", "3900003");
		clock.days(3);
		desk.checkOut("P1002", "3900002");
		clock.days(21 - 6);
		assertTrue(desk.overdue(100).isEmpty(), "due today is not overdue");

		clock.days(5);
		List<Loan> overdue = desk.overdue(100);
		assertEquals(List.of("3900001", "3900003"), overdue.stream().map(Loan::itemBarcode).toList());
		assertEquals("Maria Lindqvist", overdue.get(0).patronName());
		assertEquals("P1002", overdue.get(1).patronBarcode());
		assertEquals(1, desk.findPatron("P1001").overdue());
		assertEquals(List.of("3900001"), desk.overdue(1).stream().map(Loan::itemBarcode).toList());

		Return late = desk.checkIn("3900001");
		assertEquals(5, late.daysLate());
		assertEquals(List.of("3900003"), desk.overdue(100).stream().map(Loan::itemBarcode).toList());
	}

	@Test
	void aMissingCopyScannedAtCheckInIsFoundAndAvailableAgain() throws Exception {
		library.book("Emma", ItemStatus.MISSING, "3900011");

		Return found = desk.checkIn("3900011");

		assertTrue(found.wasMissing());
		assertNull(found.patronName());
		assertEquals(ItemStatus.AVAILABLE, library.status("3900011"));
	}

	@Test
	void loanRulesStartWithDefaultsAreStoredAndOutOfRangeValuesAreRefusedByName() throws Exception {
		assertEquals(LoanRules.DEFAULTS, desk.rules());
		desk.saveRules(new LoanRules(28, 3, 15));
		assertEquals(new LoanRules(28, 3, 15), new Circulation(library.database, clock).rules());

		ValidationException refused = assertThrows(ValidationException.class,
				() -> desk.saveRules(new LoanRules(0, -1, 15)));
		assertEquals("Loan period (days): 0 is not between 1 and 365.\nRenewals allowed: -1 is not between 0 and 99.",
				refused.getMessage());
		assertEquals(new LoanRules(28, 3, 15), desk.rules(), "nothing saved");
	}

	private void blockCard(String card) throws Exception {
		Party party = library.patrons.load(desk.findPatron(card).partyId());
		PatronRole role = Patrons.card(party);
		role.setBlocked(true);
		role.setBlockReason("Lost card reported");
		library.patrons.save(party);
	}

	private static void assertRefused(Refusal refusal, String message, Executable act) {
		CirculationException refused = assertThrows(CirculationException.class, act::run);
		assertEquals(refusal, refused.refusal(), refused.getMessage());
		assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
	}

	@FunctionalInterface
	interface Executable {
		void run() throws Exception;
	}
}
