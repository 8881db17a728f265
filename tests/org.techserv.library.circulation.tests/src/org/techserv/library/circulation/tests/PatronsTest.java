package org.techserv.library.circulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.techserv.library.circulation.Patron;
import org.techserv.library.circulation.Patrons;
import org.techserv.library.model.ItemStatus;
import org.techserv.model.core.Party;
import org.techserv.model.core.PatronRole;
import org.techserv.model.core.Person;
import org.techserv.store.ValidationException;

/** Finding, adding and changing patrons as the Patrons view does, on a real embedded database. */
class PatronsTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
	private static final Instant START = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZONE).toInstant();

	@TempDir
	Path folder;

	private Library library;
	private Patrons patrons;

	@BeforeEach
	void open() throws Exception {
		library = new Library(folder);
		patrons = new Patrons(library.database, new DeskClock(START, ZONE));
		library.book("Laskar pelangi", ItemStatus.AVAILABLE, "3900001");
		library.patron("Maria", "Lindqvist", "P1001", null);
		library.patron("Siti", "Nurhaliza", "P1002", null);
		library.patron("Budi", "Santoso", "P2001", "Card expired");
	}

	@AfterEach
	void close() throws Exception {
		library.close();
	}

	@Test
	void patronsAreFoundByPartOfTheNameOrTheStartOfTheCardWithLoansAndBlocks() throws Exception {
		new Circulation(library.database, new DeskClock(START, ZONE)).checkOut("P1002", "3900001");

		assertEquals(List.of("Maria Lindqvist", "Siti Nurhaliza"), names(patrons.find("P10", 50)));
		assertEquals(List.of("Siti Nurhaliza"), names(patrons.find("nurh", 50)), "any case, inside the name");
		assertEquals(List.of("Budi Santoso"), names(patrons.find("budi", 50)), "the given name too");
		assertEquals(3, patrons.find("", 50).size());
		assertEquals(2, patrons.find("", 2).size(), "no more than asked for");
		assertEquals(List.of(), patrons.find("100%", 50), "a percent sign is a character, not a wildcard");

		Patron siti = patrons.find("P1002", 50).get(0);
		assertEquals(1, siti.loans());
		Patron budi = patrons.find("P2001", 50).get(0);
		assertTrue(budi.blocked());
		assertEquals("Card expired", budi.blockReason());
	}

	@Test
	void aNewPatronIsStoredAndFoundAtTheDeskByTheirCard() throws Exception {
		Person person = Patrons.newPatron();
		person.setGivenName("Dewi");
		person.setFamilyName("Lestari");
		person.setEmail("dewi@example.org");
		Patrons.card(person).setBarcode("  P3001 ");

		Party saved = patrons.save(person);

		assertTrue(saved.getId() > 0);
		assertEquals("P3001", Patrons.card(saved).getBarcode(), "the card without the spaces around it");
		Patron atDesk = new Circulation(library.database).findPatron("P3001");
		assertEquals("Dewi Lestari", atDesk.name());
		Person loaded = (Person) patrons.load(saved.getId());
		assertEquals("dewi@example.org", loaded.getEmail());
	}

	@Test
	void aChangedCardAndABlockAreStoredAndTheDeskRefusesTheBlockedCard() throws Exception {
		Party maria = patrons.load(patrons.find("P1001", 1).get(0).partyId());
		PatronRole card = Patrons.card(maria);
		card.setBarcode("P1009");
		card.setBlocked(true);
		card.setBlockReason("Lost card reported");
		patrons.save(maria);

		Circulation desk = new Circulation(library.database);
		assertEquals(null, desk.findPatron("P1001"), "the old card no longer finds her");
		Exception refused = assertThrows(Exception.class, () -> desk.checkOut("P1009", "3900001"));
		assertEquals("Patron P1009 (Maria Lindqvist) is blocked: Lost card reported", refused.getMessage());
	}

	@Test
	void aCardInUseACopysBarcodeOrABlockWithoutReasonIsRefusedNamingTheValueAndNothingIsSaved() throws Exception {
		Person person = Patrons.newPatron();
		person.setGivenName("Agus");
		person.setFamilyName("Salim");
		Patrons.card(person).setBarcode("P1002");
		assertEquals("The card P1002 already belongs to Siti Nurhaliza.", message(person));

		Patrons.card(person).setBarcode("3900001");
		assertEquals("3900001 is the barcode of a copy of \"Laskar pelangi\"; a patron card must "
				+ "differ, or a scan at the desk would mean two things.", message(person));

		Patrons.card(person).setBarcode("P 3002");
		assertTrue(message(person).contains("\"P 3002\" contains spaces"), message(person));

		Patrons.card(person).setBarcode("P3002");
		Patrons.card(person).setBlocked(true);
		assertTrue(message(person).contains("A blocked card needs a reason"), message(person));

		Person nameless = Patrons.newPatron();
		Patrons.card(nameless).setBarcode("P3003");
		assertTrue(message(nameless).contains("A patron needs a name."), message(nameless));

		assertEquals(3, patrons.find("", 50).size(), "no patron stored by a refused save");
		assertEquals(0, person.getId());
	}

	private String message(Person person) {
		return assertThrows(ValidationException.class, () -> patrons.save(person)).getMessage();
	}

	private static List<String> names(List<Patron> found) {
		return found.stream().map(Patron::name).toList();
	}
}
