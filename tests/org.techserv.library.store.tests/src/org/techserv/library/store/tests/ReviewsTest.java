package org.techserv.library.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.store.review.NewStaff;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.internal.demo.LibraryStaffDemoData;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewStatus;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.PatronRole;
import org.techserv.model.core.Person;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.ValidationException;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** Technicians submit, librarians decide: the rules hold in the store, on a real embedded database. */
class ReviewsTest {

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private Reviews reviews;
	private PartyRepository parties;
	private List<Long> records;
	private long technician;
	private long librarian;
	private long otherLibrarian;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(LibraryStoreTest.SAMPLE))) {
			new MarcImport(database).run(in, MarcFormat.ISO2709, "sample", Duplicates.SKIP, -1, new NullProgressMonitor());
		}
		records = new ArrayList<>();
		new BibliographicRecordRepository(database).forEachId(records::add);
		parties = new PartyRepository(database);
		technician = staff("Rina", "Sari", "LT-1", StaffFunction.TECHNICIAN, null);
		librarian = staff("Lukas", "Hartono", "LL-1", StaffFunction.LIBRARIAN, null);
		otherLibrarian = staff("Maya", "Putri", "LL-2", StaffFunction.LIBRARIAN, null);
		reviews = new Reviews(database);
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void aTechniciansRecordWaitsForALibrarianWhoApprovesIt() throws Exception {
		Review submitted = reviews.submitRecord(records.get(2), technician);

		assertEquals(ReviewStatus.PENDING, submitted.status());
		assertEquals("Sari, Rina", submitted.submittedByName());
		assertTrue(submitted.label().startsWith("Computer processing of dynamic images"), submitted.label());
		assertEquals(List.of(submitted.id()), reviews.awaiting(librarian).stream().map(Review::id).toList());
		assertEquals(List.of(), reviews.awaiting(technician), "nobody is offered their own submission");

		Review approved = reviews.approve(submitted.id(), librarian);

		assertEquals(ReviewStatus.APPROVED, approved.status());
		assertEquals("Hartono, Lukas", approved.decidedByName());
		assertTrue(approved.decidedAt() != null);
		assertEquals(List.of(), reviews.pending());
		assertEquals(ReviewStatus.APPROVED, reviews.current(ReviewSubject.RECORD, records.get(2)).orElseThrow().status());
		ValidationException twice = assertThrows(ValidationException.class,
				() -> reviews.approve(submitted.id(), otherLibrarian));
		assertTrue(twice.getMessage().contains("approved") && twice.getMessage().contains("Hartono, Lukas"),
				twice.getMessage());
	}

	@Test
	void aTechnicianCannotApproveAndTheRefusalNamesThemAndTheRecord() throws Exception {
		long colleague = staff("Budi", "Santoso", "LT-2", StaffFunction.TECHNICIAN, null);
		Review submitted = reviews.submitRecord(records.get(0), colleague);

		ValidationException refused = assertThrows(ValidationException.class,
				() -> reviews.approve(submitted.id(), technician));
		assertTrue(refused.getMessage().startsWith("Sari, Rina may not approve record " + records.get(0)),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("technician"), refused.getMessage());
		assertThrows(ValidationException.class, () -> reviews.returnWithComment(submitted.id(), technician, "No"));
		assertEquals(ReviewStatus.PENDING, reviews.review(submitted.id()).status(), "nothing written");
		assertNull(reviews.review(submitted.id()).comment());
	}

	@Test
	void aLibrarianDoesNotApproveTheirOwnSubmissionButAnotherLibrarianDoes() throws Exception {
		Review own = reviews.submitRecord(records.get(1), librarian);

		ValidationException refused = assertThrows(ValidationException.class, () -> reviews.approve(own.id(), librarian));
		assertTrue(refused.getMessage().contains("Hartono, Lukas submitted record " + records.get(1)),
				refused.getMessage());
		assertEquals(ReviewStatus.PENDING, reviews.review(own.id()).status());

		assertEquals(ReviewStatus.APPROVED, reviews.approve(own.id(), otherLibrarian).status());
	}

	@Test
	void aReturnNeedsACommentAndAResubmissionIsPendingAgainWithItsHistoryKept() throws Exception {
		long record = records.get(3);
		Review first = reviews.submitRecord(record, technician);

		ValidationException noComment = assertThrows(ValidationException.class,
				() -> reviews.returnWithComment(first.id(), librarian, "   "));
		assertTrue(noComment.getMessage().contains("Hartono, Lukas cannot return record " + record),
				noComment.getMessage());
		assertEquals(ReviewStatus.PENDING, reviews.review(first.id()).status());

		Review returned = reviews.returnWithComment(first.id(), librarian, " Add the 650 subject headings. ");
		assertEquals(ReviewStatus.RETURNED, returned.status());
		assertEquals("Add the 650 subject headings.", returned.comment());
		assertEquals(List.of(returned.id()), reviews.returnedTo(technician).stream().map(Review::id).toList());
		assertEquals(List.of(), reviews.returnedTo(librarian));

		Review again = reviews.submitRecord(record, technician);
		ValidationException stillPending = assertThrows(ValidationException.class,
				() -> reviews.submitRecord(record, technician));
		assertTrue(stillPending.getMessage().contains("already awaiting review"), stillPending.getMessage());

		assertEquals(ReviewStatus.PENDING, reviews.current(ReviewSubject.RECORD, record).orElseThrow().status());
		assertEquals(List.of(), reviews.returnedTo(technician), "resubmitted: no longer returned to them");
		reviews.approve(again.id(), otherLibrarian);
		List<Review> history = reviews.history(ReviewSubject.RECORD, record);
		assertEquals(List.of(ReviewStatus.RETURNED, ReviewStatus.APPROVED),
				history.stream().map(Review::status).toList());
		assertEquals("Add the 650 subject headings.", history.get(0).comment());
		assertEquals("Putri, Maya", history.get(1).decidedByName());
	}

	@Test
	void whenTheDatabaseLoginIsAStaffPersonsTheWorkbenchActsForThatPersonOnly() throws Exception {
		long signedIn = staff("Dewi", "Kusuma", "LL-3", StaffFunction.LIBRARIAN, database.user());
		Review submitted = reviews.submitRecord(records.get(4), signedIn);

		ValidationException other = assertThrows(ValidationException.class,
				() -> reviews.submitRecord(records.get(5), technician));
		assertTrue(other.getMessage().contains("belongs to Kusuma, Dewi") && other.getMessage().contains("Sari, Rina"),
				other.getMessage());
		ValidationException approveAsOther = assertThrows(ValidationException.class,
				() -> reviews.approve(submitted.id(), librarian));
		assertTrue(approveAsOther.getMessage().contains("cannot act as Hartono, Lukas"), approveAsOther.getMessage());
		assertEquals(List.of(submitted.id()), reviews.pending().stream().map(Review::id).toList());
	}

	@Test
	void copyCataloguingSubmitsTheRecordsItBroughtInFromItsTargetOnly() throws Exception {
		Instant since = Instant.now();
		Thread.sleep(5); // the sample file came in before
		List<ReadResult.Good> hits = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(LibraryStoreTest.OPERA))) {
			MarcReading.read(in, MarcFormat.MARCXML, r -> {
				if (r instanceof ReadResult.Good good && hits.size() < 5) {
					hits.add(good);
				}
			});
		}
		// as copy cataloguing imports the hits it chose: the target's name is each record's source
		int imported = new MarcImport(database).run(hits, MarcFormat.MARCXML, "Library of Congress", Duplicates.SKIP,
				new NullProgressMonitor()).imported();
		assertTrue(imported > 0);

		List<Review> submitted = reviews.submitCopies("Library of Congress", since, technician);

		assertEquals(imported, submitted.size());
		assertEquals(imported, reviews.pending().size(), "the sample file's records are not copies");
		assertEquals(List.of(), reviews.submitCopies("Library of Congress", since, technician),
				"already awaiting review: not submitted twice");
	}

	@Test
	void theDemoHasALibrarianTwoTechniciansAndTheirFirstReviews() throws Exception {
		LibraryStaffDemoData demo = new LibraryStaffDemoData();
		assertTrue(!demo.present(database));

		demo.load(database, new NullProgressMonitor());

		assertTrue(demo.present(database));
		assertEquals(2, reviews.pending().size());
		long librarianId = parties.staff(StaffFunction.LIBRARIAN).stream()
				.filter(p -> p.getRoles().stream().anyMatch(r -> r instanceof StaffRole s && "LIB-01".equals(s.getStaffNumber())))
				.findFirst().orElseThrow().getId();
		assertTrue(reviews.mayDecide(librarianId));
		assertEquals(2, reviews.awaiting(librarianId).size(), "the librarian's queue");
		assertEquals(1, reviews.returnedTo(reviews.pending().get(0).submittedBy()).size()
				+ reviews.returnedTo(reviews.pending().get(1).submittedBy()).size(), "one record returned to Rina");
	}

	@Test
	void onlyStaffSubmitAndUnknownPeopleAreNamedByTheirId() throws Exception {
		Person customer = CoreFactory.eINSTANCE.createPerson();
		customer.setGivenName("Ani");
		customer.setFamilyName("Wijaya");
		PatronRole card = CoreFactory.eINSTANCE.createPatronRole();
		card.setBarcode("P-REVIEW-1");
		customer.getRoles().add(card);
		long patron = parties.save(customer).getId();

		ValidationException notStaff = assertThrows(ValidationException.class,
				() -> reviews.submitRecord(records.get(0), patron));
		assertTrue(notStaff.getMessage().startsWith("Wijaya, Ani has no staff role"), notStaff.getMessage());
		ValidationException unknown = assertThrows(ValidationException.class,
				() -> reviews.submitRecord(records.get(0), 999_999));
		assertTrue(unknown.getMessage().contains("999999"), unknown.getMessage());
		assertEquals(List.of(), reviews.pending());
	}

	private long staff(String given, String family, String number, StaffFunction function, String login)
			throws Exception {
		Person person = NewStaff.person(given, family, number, function);
		((StaffRole) person.getRoles().get(0)).setLogin(login);
		return parties.save(person).getId();
	}
}
