package org.techserv.library.serials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.model.Item;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.internal.demo.SerialsDemoData;
import org.techserv.library.serials.store.CheckIn;
import org.techserv.library.serials.store.ClaimLetters;
import org.techserv.library.serials.store.Claims;
import org.techserv.library.serials.store.IssueStatus;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.serials.store.Subscription;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.ItemRepository;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.ValidationException;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** Subscriptions, check-in, late issues and claims on a real embedded database with Debian's example records. */
class SerialsStoreTest {

	static final Path SAMPLE = Path.of("/usr/share/doc/idzebra-2.0/examples/marc21/sample-marc.gz");
	static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private SerialsStore serials;
	private CheckIn checkIn;
	private ItemRepository items;
	private List<Long> records;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE))) {
			new MarcImport(database).run(in, MarcFormat.ISO2709, "sample", Duplicates.SKIP, Files.size(SAMPLE),
					new NullProgressMonitor());
		}
		records = new ArrayList<>();
		new BibliographicRecordRepository(database).forEachId(records::add);
		serials = new SerialsStore(database);
		checkIn = serials.checkIn();
		items = new ItemRepository(database);
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	/** Monthly on the 1st, a volume a year. */
	static String monthly() {
		return PatternText.write(PredictionPattern.builder(Frequency.MONTHLY, JAN_1)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 12, Numbering.RESTART, 1).build());
	}

	private Subscription subscribe(int record, String vendor, int graceDays, int claimDays) throws Exception {
		Subscription saved = serials.subscriptions().save(new Subscription(0, 0, records.get(record), null, vendor,
				JAN_1, null, monthly(), graceDays, claimDays, "Periodicals"));
		serials.subscriptions().predict(saved.id(), LocalDate.of(2025, 12, 31));
		return saved;
	}

	@Test
	void aSubscriptionStoresTwoYearsOfExpectedIssuesAndLateOnesShowAfterTheGraceDays() throws Exception {
		Subscription subscription = subscribe(0, "EBSCO", 10, 30);
		List<SerialIssue> issues = checkIn.ofSubscription(subscription.id());
		assertEquals(24, issues.size());
		assertEquals("v.2:no.12(2025:Dec)", issues.get(23).label());
		assertEquals(0, serials.subscriptions().predict(subscription.id(), LocalDate.of(2025, 12, 31)),
				"predicting again adds nothing");

		List<SerialIssue> dueOn11th = checkIn.due(LocalDate.of(2024, 1, 11));
		assertEquals(List.of("v.1:no.1(2024:Jan)"), dueOn11th.stream().map(SerialIssue::label).toList());
		assertEquals(IssueStatus.EXPECTED, dueOn11th.get(0).status(), "ten days of grace: not late yet");
		assertEquals(IssueStatus.LATE, checkIn.due(LocalDate.of(2024, 1, 12)).get(0).status());
		assertEquals(List.of(IssueStatus.LATE, IssueStatus.EXPECTED),
				checkIn.due(LocalDate.of(2024, 2, 1)).stream().map(SerialIssue::status).toList());
	}

	@Test
	void predictingEverythingAgainAddsOnlyWhatAChangedSubscriptionNowExpects() throws Exception {
		Subscription first = subscribe(0, "EBSCO", 10, 30);
		Subscription ending = serials.subscriptions().save(new Subscription(0, 0, records.get(1), null, "Harrassowitz",
				JAN_1, LocalDate.of(2024, 6, 30), monthly(), 10, 30, "Periodicals"));
		assertEquals(6, serials.subscriptions().predictAll(LocalDate.of(2025, 12, 31)),
				"the new subscription's six issues up to its end; the first was predicted that far already");
		assertEquals(0, serials.subscriptions().predictAll(LocalDate.of(2025, 12, 31)), "nothing new the second time");

		Subscription renewed = serials.subscriptions().load(ending.id());
		serials.subscriptions().save(new Subscription(renewed.id(), renewed.version(), renewed.recordId(), null,
				renewed.vendor(), renewed.start(), null, renewed.pattern(), 10, 30, renewed.location()));
		assertEquals(18, serials.subscriptions().predictAll(LocalDate.of(2025, 12, 31)),
				"renewed without an end: July 2024 to December 2025");
		assertEquals(24, checkIn.ofSubscription(ending.id()).size());
		assertEquals(24, checkIn.ofSubscription(first.id()).size());
		assertEquals(24, serials.subscriptions().predictAll(LocalDate.of(2026, 12, 31)),
				"a year further: twelve more for each of the two");
	}

	@Test
	void receivingWithABarcodeMakesAnItemAndAUsedBarcodeIsRefusedWithNothingSaved() throws Exception {
		Subscription subscription = subscribe(0, "EBSCO", 10, 30);
		List<SerialIssue> issues = checkIn.ofSubscription(subscription.id());
		int itemsBefore = items.ofRecord(subscription.recordId()).size();

		SerialIssue received = checkIn.receive(issues.get(0).id(), LocalDate.of(2024, 1, 3), "S0000001");
		assertEquals(IssueStatus.RECEIVED, received.status());
		assertEquals(LocalDate.of(2024, 1, 3), received.received());
		Item item = items.byBarcode("S0000001");
		assertEquals(received.itemId(), item.getId());
		assertTrue(item.getCallNumber().endsWith("v.1:no.1"), item.getCallNumber());
		assertEquals("Periodicals", item.getLocation());

		ValidationException used = assertThrows(ValidationException.class,
				() -> checkIn.receive(issues.get(1).id(), LocalDate.of(2024, 2, 2), "S0000001"));
		assertTrue(used.getMessage().contains("S0000001"), used.getMessage());
		assertTrue(used.getMessage().contains("v.1:no.2(2024:Feb)"), used.getMessage());
		assertEquals(IssueStatus.EXPECTED, checkIn.load(issues.get(1).id()).status(), "nothing saved half-way");
		assertEquals(itemsBefore + 1, items.ofRecord(subscription.recordId()).size());

		ValidationException twice = assertThrows(ValidationException.class,
				() -> checkIn.receive(issues.get(0).id(), LocalDate.of(2024, 1, 4), null));
		assertTrue(twice.getMessage().contains("already received"), twice.getMessage());

		SerialIssue plain = checkIn.receive(issues.get(1).id(), LocalDate.of(2024, 2, 2), " ");
		assertEquals(0, plain.itemId(), "no barcode, no item");
	}

	@Test
	void markedIssuesShapeTheHoldingsStatementWithItsGaps() throws Exception {
		Subscription subscription = subscribe(1, "Harrassowitz", 10, 30);
		List<SerialIssue> issues = checkIn.ofSubscription(subscription.id());
		for (int i = 0; i < 14; i++) {
			switch (i) {
			case 4 -> checkIn.mark(issues.get(i).id(), IssueStatus.MISSING);
			case 6 -> checkIn.mark(issues.get(i).id(), IssueStatus.COMBINED);
			case 8 -> checkIn.mark(issues.get(i).id(), IssueStatus.SKIPPED);
			default -> checkIn.receive(issues.get(i).id(), issues.get(i).expected(), null);
			}
		}
		assertEquals("v.1:no.1(2024:Jan)-v.1:no.4(2024:Apr); v.1:no.6(2024:Jun)-v.1:no.12(2024:Dec); v.2:no.1(2025:Jan)-",
				checkIn.holdings(subscription.id(), LocalDate.of(2025, 2, 5)));
		ValidationException notAMark = assertThrows(ValidationException.class,
				() -> checkIn.mark(issues.get(20).id(), IssueStatus.RECEIVED));
		assertTrue(notAMark.getMessage().contains("received"), notAMark.getMessage());
	}

	@Test
	void theDemoSubscribesTheSampleSerialsWithAGapAndLateIssuesOnce() throws Exception {
		SerialsDemoData demo = new SerialsDemoData();
		assertTrue(!demo.present(database));
		demo.load(database, new NullProgressMonitor());
		assertTrue(demo.present(database));
		List<Subscription> subscriptions = serials.subscriptions().all();
		assertEquals(List.of("Info Canada", "Internet world", "NDN, sharing success to improve schools"),
				subscriptions.stream().map(Subscription::title).toList());
		Subscription internetWorld = subscriptions.get(1);
		String holdings = checkIn.holdings(internetWorld.id(), LocalDate.now());
		assertTrue(holdings.startsWith("v.7:no.1(" + (LocalDate.now().getYear() - 1) + ":Jan)-v.7:no.3("), holdings);
		assertTrue(holdings.contains("; v.7:no.5("), "the fourth issue is missing: " + holdings);
		assertTrue(!serials.claims().review(LocalDate.now()).isEmpty(), "late issues to claim");
	}

	@Test
	void aPatternThatCannotProduceADateIsRefusedAndNothingSaved() throws Exception {
		String never = "frequency=monthly\nfirst=2024-01-01\nomitMonths=1,2,3,4,5,6,7,8,9,10,11,12\n";
		ValidationException refused = assertThrows(ValidationException.class, () -> serials.subscriptions()
				.save(new Subscription(0, 0, records.get(0), null, "EBSCO", JAN_1, null, never, 10, 30, null)));
		assertTrue(refused.getMessage().contains("cannot produce a date"), refused.getMessage());
		assertEquals("Prediction pattern", refused.problems().get(0).field());
		assertTrue(serials.subscriptions().all().isEmpty());
	}

	@Test
	void claimsAreReviewedByVendorConfirmedCountedAndLettersWritten() throws Exception {
		subscribe(0, "EBSCO", 25, 30);
		subscribe(1, "Harrassowitz", 5, 14);
		LocalDate feb20 = LocalDate.of(2024, 2, 20);

		Map<String, List<SerialIssue>> review = serials.claims().review(feb20);
		assertEquals(List.of("EBSCO", "Harrassowitz"), List.copyOf(review.keySet()));
		assertEquals(List.of("v.1:no.1(2024:Jan)", "v.1:no.2(2024:Feb)"),
				review.get("Harrassowitz").stream().map(SerialIssue::label).toList(), "Feb 1 + 5 days is late by Feb 20");
		assertEquals(List.of("v.1:no.1(2024:Jan)"), review.get("EBSCO").stream().map(SerialIssue::label).toList(),
				"Feb 1 + 25 days is not late by Feb 20; Jan 1 + 25 is");
		assertEquals(IssueStatus.LATE, review.get("EBSCO").get(0).status(), "a review claims nothing");

		// the technician confirms only Harrassowitz's
		Claims claims = serials.claims();
		Map<String, List<SerialIssue>> claimed = claims.confirm(review.get("Harrassowitz"), feb20);
		SerialIssue first = claimed.get("Harrassowitz").get(0);
		assertEquals(IssueStatus.CLAIMED, first.status());
		assertEquals(1, first.claimCount());
		assertEquals(feb20.plusDays(14), first.nextClaim());
		assertEquals(List.of("EBSCO"), List.copyOf(claims.review(feb20).keySet()), "claimed ones wait for their date");
		assertEquals(2, claims.review(feb20.plusDays(14)).get("Harrassowitz").size());
		SerialIssue again = claims.confirm(claims.review(feb20.plusDays(14)).get("Harrassowitz"), feb20.plusDays(14))
				.get("Harrassowitz").get(0);
		assertEquals(2, again.claimCount());

		Path pdf = folder.resolve("claims.pdf");
		ClaimLetters.write(claimed, feb20, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertEquals(1, document.getNumberOfPages());
			assertTrue(text.contains("Harrassowitz"), text);
			assertTrue(text.contains("v.1:no.2(2024:Feb)"), text);
			assertTrue(text.contains("2024-02-20"), text);
		}
		assertNull(claims.review(feb20).get("Harrassowitz"));
	}
}
