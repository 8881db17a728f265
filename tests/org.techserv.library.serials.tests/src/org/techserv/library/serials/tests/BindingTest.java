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
import org.techserv.library.store.review.NewStaff;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.serials.binding.BatchStatus;
import org.techserv.library.serials.binding.BindableTitle;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.BindingSlips;
import org.techserv.library.serials.binding.BindingVolume;
import org.techserv.library.serials.binding.OverdueVolume;
import org.techserv.library.serials.binding.VolumeSpec;
import org.techserv.library.serials.store.CheckIn;
import org.techserv.library.serials.store.IssueStatus;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.serials.store.Subscription;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.ItemRepository;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewStatus;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.model.core.Person;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.ValidationException;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** The binding cycle on a real embedded database: choose, send, return, with the refusals on the way. */
class BindingTest {

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private SerialsStore serials;
	private CheckIn checkIn;
	private ItemRepository items;
	private Bindery bindery;
	private List<Long> records;
	private Subscription subscription;
	private List<SerialIssue> issues;
	private PartyRepository parties;
	private long technician;
	private long librarian;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(SerialsStoreTest.SAMPLE))) {
			new MarcImport(database).run(in, MarcFormat.ISO2709, "sample", Duplicates.SKIP, -1, new NullProgressMonitor());
		}
		records = new ArrayList<>();
		new BibliographicRecordRepository(database).forEachId(records::add);
		serials = new SerialsStore(database);
		checkIn = serials.checkIn();
		items = new ItemRepository(database);
		bindery = new Bindery(database);
		parties = new PartyRepository(database);
		technician = staff("Rina", "Sari", "LT-1", StaffFunction.TECHNICIAN);
		librarian = staff("Lukas", "Hartono", "LL-1", StaffFunction.LIBRARIAN);
		subscription = serials.subscriptions().save(new Subscription(0, 0, records.get(0), null, "EBSCO",
				SerialsStoreTest.JAN_1, null, SerialsStoreTest.monthly(), 10, 30, "Periodicals"));
		serials.subscriptions().predict(subscription.id(), LocalDate.of(2025, 1, 31));
		issues = checkIn.ofSubscription(subscription.id());
		// the year 2024 arrives: January to June each as a copy, July to December without one
		for (int i = 0; i < 12; i++) {
			checkIn.receive(issues.get(i).id(), LocalDate.of(2024, i + 1, 3), i < 6 ? "S10000" + (10 + i) : null);
		}
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	private static VolumeSpec volume2024() {
		return new VolumeSpec("v.1 2024", "Dark blue 520", "Buckram", List.of("JOURNAL", "v.1", "2024"), "");
	}

	private List<Long> year2024() {
		return issues.subList(0, 12).stream().map(SerialIssue::id).toList();
	}

	@Test
	void aVolumeGoesToTheBinderyAndComesBackAsABoundCopyWithItsIssuesBound() throws Exception {
		assertEquals(12, bindery.bindableIssues(subscription.recordId()).size(), "the year's received issues");
		BindingBatch batch = bindery.open("Hertzberg Bindery");
		BindingVolume volume = bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024(), List.of());
		assertEquals(12, volume.pieces().size());
		assertEquals("v.1:no.1(2024:Jan)", volume.pieces().get(0).label());
		assertEquals(0, bindery.bindableIssues(subscription.recordId()).size(), "chosen issues are in the batch");

		String held = checkIn.holdings(subscription.id(), LocalDate.of(2025, 1, 20));
		assertTrue(held.startsWith("v.1:no.1(2024:Jan)"), held);
		approve(batch);
		BindingBatch sent = bindery.send(batch.id(), LocalDate.of(2025, 1, 15), 42);
		assertEquals(BatchStatus.SENT, sent.status());
		assertEquals(LocalDate.of(2025, 2, 26), sent.dueBack());
		assertEquals(IssueStatus.AT_BINDERY, checkIn.load(issues.get(0).id()).status());
		assertEquals(ItemStatus.AT_BINDERY, items.byBarcode("S1000010").getStatus(), "its copy cannot circulate");
		assertEquals(held, checkIn.holdings(subscription.id(), LocalDate.of(2025, 1, 20)),
				"issues at the bindery are still held");

		assertEquals(List.of(), bindery.overdue(LocalDate.of(2025, 2, 26)), "due back that day: not overdue yet");
		List<OverdueVolume> overdue = bindery.overdue(LocalDate.of(2025, 3, 5));
		assertEquals(1, overdue.size());
		assertEquals(7, overdue.get(0).daysOverdue());
		assertEquals("Hertzberg Bindery", overdue.get(0).batch().bindery());

		BindingBatch back = bindery.receive(batch.id(), LocalDate.of(2025, 3, 6), Map.of(volume.id(), "B2000001"));
		assertEquals(BatchStatus.RETURNED, back.status());
		Item bound = items.byBarcode("B2000001");
		assertEquals(ItemStatus.AVAILABLE, bound.getStatus());
		assertTrue(bound.getCallNumber().endsWith("v.1 2024"), bound.getCallNumber());
		assertEquals("Periodicals", bound.getLocation());
		assertEquals(bound.getId(), bindery.volumes(batch.id()).get(0).boundItemId());
		assertEquals(IssueStatus.BOUND, checkIn.load(issues.get(11).id()).status());
		assertEquals(ItemStatus.WITHDRAWN, items.byBarcode("S1000015").getStatus(), "the single issue is in the volume now");
		assertEquals(List.of(), bindery.overdue(LocalDate.of(2025, 3, 10)));
		assertEquals(held, checkIn.holdings(subscription.id(), LocalDate.of(2025, 1, 20)), "bound issues are held");
	}

	@Test
	void issuesNotReceivedOrAlreadyChosenAndCopiesOnLoanAreRefusedNamingThem() throws Exception {
		BindingBatch batch = bindery.open("Hertzberg Bindery");
		List<Long> withExpected = new ArrayList<>(year2024());
		withExpected.add(issues.get(12).id()); // January 2025: still expected

		ValidationException notReceived = assertThrows(ValidationException.class, () -> bindery.addVolume(batch.id(),
				subscription.recordId(), volume2024(), withExpected, List.of()));
		assertTrue(notReceived.getMessage().contains("v.2:no.1(2025:Jan)"), notReceived.getMessage());
		assertTrue(notReceived.getMessage().contains("expected"), notReceived.getMessage());
		assertEquals(0, bindery.volumes(batch.id()).size(), "nothing saved");

		bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024().subList(0, 6), List.of());
		BindingBatch other = bindery.open("City Bindery");
		ValidationException chosen = assertThrows(ValidationException.class, () -> bindery.addVolume(other.id(),
				subscription.recordId(), volume2024(), year2024().subList(5, 12), List.of()));
		assertTrue(chosen.getMessage().contains("v.1:no.6(2024:Jun)"), chosen.getMessage());
		assertTrue(chosen.getMessage().contains("batch " + batch.id()), chosen.getMessage());

		Item worn = copy(subscription.recordId(), "W3000001", ItemStatus.ON_LOAN);
		ValidationException onLoan = assertThrows(ValidationException.class, () -> bindery.addVolume(other.id(),
				subscription.recordId(), new VolumeSpec("Worn copy", "Red", "Buckram", List.of("JOURNAL"), ""),
				List.of(), List.of(worn.getId())));
		assertTrue(onLoan.getMessage().contains("W3000001") && onLoan.getMessage().contains("on loan"),
				onLoan.getMessage());

		ValidationException noSpine = assertThrows(ValidationException.class, () -> bindery.addVolume(other.id(),
				subscription.recordId(), new VolumeSpec("v.1 2024", "Red", "Buckram", List.of(" "), ""),
				year2024().subList(6, 12), List.of()));
		assertTrue(noSpine.getMessage().contains("spine"), noSpine.getMessage());

		assertThrows(ValidationException.class, () -> bindery.send(other.id(), LocalDate.of(2025, 1, 15), 30),
				"an empty batch is not sent");
	}

	@Test
	void aReturnWithoutABarcodeOrWithOneInUseSavesNothingAndWornCopiesComeBackToTheShelf() throws Exception {
		Item worn = copy(subscription.recordId(), "W3000002", ItemStatus.AVAILABLE);
		BindingBatch batch = bindery.open("Hertzberg Bindery");
		BindingVolume issuesVolume = bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024(),
				List.of());
		bindery.addVolume(batch.id(), subscription.recordId(),
				new VolumeSpec("Rebind", "Black", "Library binding", List.of("JOURNAL", "1999"), ""), List.of(),
				List.of(worn.getId()));
		approve(batch);
		bindery.send(batch.id(), LocalDate.of(2025, 1, 15), 30);
		assertEquals(ItemStatus.AT_BINDERY, items.byBarcode("W3000002").getStatus());

		ValidationException missing = assertThrows(ValidationException.class,
				() -> bindery.receive(batch.id(), LocalDate.of(2025, 2, 1), Map.of()));
		assertTrue(missing.getMessage().contains("v.1 2024"), missing.getMessage());
		ValidationException used = assertThrows(ValidationException.class,
				() -> bindery.receive(batch.id(), LocalDate.of(2025, 2, 1), Map.of(issuesVolume.id(), "S1000010")));
		assertTrue(used.getMessage().contains("S1000010"), used.getMessage());
		assertEquals(BatchStatus.SENT, bindery.batch(batch.id()).status(), "nothing saved half-way");
		assertEquals(IssueStatus.AT_BINDERY, checkIn.load(issues.get(0).id()).status());

		bindery.receive(batch.id(), LocalDate.of(2025, 2, 1), Map.of(issuesVolume.id(), "B2000002"));
		assertEquals(ItemStatus.AVAILABLE, items.byBarcode("W3000002").getStatus(), "rebound, back on the shelf");
		assertEquals(ItemStatus.AVAILABLE, items.byBarcode("B2000002").getStatus());
		ValidationException again = assertThrows(ValidationException.class,
				() -> bindery.receive(batch.id(), LocalDate.of(2025, 2, 2), Map.of(issuesVolume.id(), "B2000003")));
		assertTrue(again.getMessage().contains("returned"), again.getMessage());
	}

	@Test
	void eachVolumeGetsASlipWithItsSpecificationAndContents() throws Exception {
		BindingBatch batch = bindery.open("Hertzberg Bindery");
		bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024(), List.of());
		approve(batch);
		BindingBatch sent = bindery.send(batch.id(), LocalDate.of(2025, 1, 15), 42);
		Path pdf = folder.resolve("slips.pdf");

		BindingSlips.write(sent, bindery.volumes(batch.id()), pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(1, document.getNumberOfPages());
			String text = new PDFTextStripper().getText(document);
			for (String expected : List.of("Hertzberg Bindery", "v.1 2024", "Dark blue 520", "Buckram", "JOURNAL",
					"2025-02-26", "Contents (12)", "v.1:no.1(2024:Jan)", "v.1:no.12(2024:Dec)")) {
				assertTrue(text.contains(expected), expected + " in " + text);
			}
		}
	}

	@Test
	void aBatchLeavesOnlyWithALibrariansApprovalAndARefusedSendChangesNothing() throws Exception {
		BindingBatch batch = bindery.open("Hertzberg Bindery");
		bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024(), List.of());

		ValidationException unsubmitted = assertThrows(ValidationException.class,
				() -> bindery.send(batch.id(), LocalDate.of(2025, 1, 15), 42));
		assertTrue(unsubmitted.getMessage().startsWith("Binding batch " + batch.id() + " (Hertzberg Bindery) cannot be sent"),
				unsubmitted.getMessage());
		assertTrue(unsubmitted.getMessage().contains("never submitted"), unsubmitted.getMessage());

		Review review = bindery.submitForReview(batch.id(), technician);
		assertEquals("Hertzberg Bindery", review.label());
		long volume = bindery.volumes(batch.id()).get(0).id();
		ValidationException frozen = assertThrows(ValidationException.class, () -> bindery.removeVolume(volume));
		assertTrue(frozen.getMessage().startsWith("The volumes of binding batch " + batch.id()
				+ " (Hertzberg Bindery) cannot change while its review is pending"), frozen.getMessage());
		assertEquals(1, bindery.volumes(batch.id()).size(), "the volume the librarian is to see stays");
		ValidationException pending = assertThrows(ValidationException.class,
				() -> bindery.send(batch.id(), LocalDate.of(2025, 1, 15), 42));
		assertTrue(pending.getMessage().contains("its review is pending"), pending.getMessage());
		ValidationException selfApproval = assertThrows(ValidationException.class,
				() -> new Reviews(database).approve(review.id(), technician));
		assertTrue(selfApproval.getMessage().startsWith("Sari, Rina may not approve binding batch " + batch.id()),
				selfApproval.getMessage());

		new Reviews(database).returnWithComment(review.id(), librarian, "Spine lettering: add the title.");
		ValidationException returned = assertThrows(ValidationException.class,
				() -> bindery.send(batch.id(), LocalDate.of(2025, 1, 15), 42));
		assertTrue(returned.getMessage().contains("its review is returned"), returned.getMessage());

		BindingBatch unchanged = bindery.batch(batch.id());
		assertEquals(BatchStatus.OPEN, unchanged.status());
		assertNull(unchanged.sent());
		assertEquals(IssueStatus.RECEIVED, checkIn.load(issues.get(0).id()).status());
		assertEquals(ItemStatus.AVAILABLE, items.byBarcode("S1000010").getStatus(), "still on the shelf");

		bindery.removeVolume(volume); // returned: the technician may change it
		bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024(), List.of());
		Review again = bindery.submitForReview(batch.id(), technician);
		new Reviews(database).approve(again.id(), librarian);
		assertEquals(BatchStatus.SENT, bindery.send(batch.id(), LocalDate.of(2025, 1, 15), 42).status());
		assertEquals(List.of(ReviewStatus.RETURNED, ReviewStatus.APPROVED), new Reviews(database)
				.history(ReviewSubject.BINDING_BATCH, batch.id()).stream().map(Review::status).toList());
	}

	/** The technician submits the batch and the librarian approves it, as before every send. */
	private void approve(BindingBatch batch) throws Exception {
		Review review = bindery.submitForReview(batch.id(), technician);
		new Reviews(database).approve(review.id(), librarian);
	}

	private long staff(String given, String family, String number, StaffFunction function) throws Exception {
		Person person = NewStaff.person(given, family, number, function);
		return parties.save(person).getId();
	}

	@Test
	void titlesWithReceivedIssuesInNoBatchAreOfferedForAVolume() throws Exception {
		List<BindableTitle> titles = bindery.bindableTitles();
		assertEquals(1, titles.size(), titles.toString());
		assertEquals(subscription.recordId(), titles.get(0).recordId());
		assertEquals(12, titles.get(0).issues(), "the year's received issues; the expected ones are not bindable");
		assertEquals(serials.subscriptions().load(subscription.id()).title(), titles.get(0).title());

		BindingBatch batch = bindery.open("Hertzberg Bindery");
		bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024().subList(0, 6), List.of());
		assertEquals(6, bindery.bindableTitles().get(0).issues(), "issues chosen into a batch are no longer offered");
		bindery.addVolume(batch.id(), subscription.recordId(), volume2024(), year2024().subList(6, 12), List.of());
		assertEquals(List.of(), bindery.bindableTitles(), "nothing left to bind");
	}

	@Test
	void wornCopiesOnTheShelfAreOfferedWithTheirTitleAndOthersAreRefusedNamingTheBarcode() throws Exception {
		long serial = subscription.recordId();
		Item worn = copy(serial, "W3000010", ItemStatus.AVAILABLE);
		copy(serial, "W3000011", ItemStatus.ON_LOAN);
		BindableTitle offered = bindery.bindableTitles().get(0);
		assertEquals(12, offered.issues());
		assertEquals(1, offered.copies(), "the copy on the shelf; not the one on loan nor the issues' own copies");
		assertEquals(List.of("W3000010"), bindery.bindableCopies(serial).stream().map(p -> p.label()).toList());

		long book = records.get(1);
		copy(book, "W3000012", ItemStatus.AVAILABLE);
		assertTrue(bindery.bindableTitles().stream().noneMatch(t -> t.recordId() == book),
				"a title without a subscription is not listed: its worn copy is found by barcode");
		BindableTitle scanned = bindery.copyToBind(" W3000012 ");
		assertEquals(book, scanned.recordId());
		assertEquals(0, scanned.issues());
		assertEquals(bindery.bindableCopies(book).size(), scanned.copies());
		assertTrue(bindery.bindableCopies(book).stream().anyMatch(p -> p.label().equals("W3000012")));

		ValidationException onLoan = assertThrows(ValidationException.class, () -> bindery.copyToBind("W3000011"));
		assertEquals("Copy W3000011 is on loan; only a copy on the shelf (available) can go to the bindery.",
				onLoan.getMessage());
		ValidationException unknown = assertThrows(ValidationException.class, () -> bindery.copyToBind("X999"));
		assertEquals("No copy has the barcode X999.", unknown.getMessage());
		ValidationException issueCopy = assertThrows(ValidationException.class, () -> bindery.copyToBind("S1000010"));
		assertTrue(issueCopy.getMessage().startsWith("Copy S1000010 is issue v.1:no.1(2024:Jan) of"),
				issueCopy.getMessage());
		BindingBatch batch = bindery.open("Hertzberg Bindery");
		long issueItem = items.byBarcode("S1000010").getId();
		ValidationException asWorn = assertThrows(ValidationException.class, () -> bindery.addVolume(batch.id(), serial,
				new VolumeSpec("Rebind", "Red", "Buckram", List.of("JOURNAL"), ""), List.of(), List.of(issueItem)));
		assertTrue(asWorn.getMessage().contains("bind the issue, not its copy"), asWorn.getMessage());

		bindery.addVolume(batch.id(), serial, new VolumeSpec("Rebind", "Red", "Buckram", List.of("JOURNAL"), ""),
				List.of(), List.of(worn.getId()));
		assertEquals(List.of(), bindery.bindableCopies(serial), "a copy in a batch is not offered again");
		assertEquals(0, bindery.bindableTitles().get(0).copies());
		ValidationException inBatch = assertThrows(ValidationException.class, () -> bindery.copyToBind("W3000010"));
		assertEquals("Copy W3000010 is already in binding batch " + batch.id() + ".", inBatch.getMessage());
	}

	private Item copy(long recordId, String barcode, ItemStatus status) throws Exception {
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setRecord(new BibliographicRecordRepository(database).load(recordId));
		item.setBarcode(barcode);
		item.setCallNumber("PER");
		item.setLocation("Stacks");
		item.setCopyNumber(9);
		item.setStatus(status);
		return items.save(item);
	}
}
