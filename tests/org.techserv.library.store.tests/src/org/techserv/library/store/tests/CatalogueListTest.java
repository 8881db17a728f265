package org.techserv.library.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.CatalogueQueries;
import org.techserv.library.store.CatalogueRow;
import org.techserv.library.store.ItemRepository;
import org.techserv.library.store.internal.demo.LibraryDemoData;
import org.techserv.library.store.review.NewStaff;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewStatus;
import org.techserv.library.store.review.Reviews;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** The demo catalogue and the list the Catalogue view shows, on a real database. */
class CatalogueListTest {

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private CatalogueQueries catalogue;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		catalogue = new CatalogueQueries(database);
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void demoDataImportsBothDebianFilesWithCopiesOnce() throws Exception {
		LibraryDemoData demo = new LibraryDemoData();
		assertFalse(demo.present(database));
		String summary = demo.load(database, new NullProgressMonitor());

		BibliographicRecordRepository records = new BibliographicRecordRepository(database);
		assertEquals(23 + 42, records.count(), summary);
		assertTrue(summary.startsWith("65 records"), summary);
		assertTrue(demo.present(database));
		long[] ids = catalogue.ids("");
		ItemRepository items = new ItemRepository(database);
		for (CatalogueRow row : catalogue.rows(ids, 0, ids.length)) {
			assertTrue(row.items() >= 1 && row.items() <= 3, row.toString());
			assertEquals(items.ofRecord(row.id()).size(), row.items(), row.title());
		}
	}

	@Test
	void theListFiltersOnTitleAuthorIsbnAndCallNumberNewestFirst() throws Exception {
		new LibraryDemoData().load(database, new NullProgressMonitor());

		long[] all = catalogue.ids("");
		assertEquals(65, all.length);
		for (int i = 1; i < all.length; i++) {
			assertTrue(all[i - 1] > all[i], "newest first");
		}
		List<CatalogueRow> aida = catalogue.rows(catalogue.ids("aïda"), 0, catalogue.ids("aïda").length);
		assertFalse(aida.isEmpty());
		aida.forEach(row -> assertTrue(row.title().toLowerCase().contains("aïda"), row.title()));

		long[] verdi = catalogue.ids("VERDI");
		assertTrue(verdi.length >= 2, "Verdi as author");
		catalogue.rows(verdi, 0, verdi.length).forEach(row -> assertTrue(
				(row.author() + row.title()).toLowerCase().contains("verdi"), row.toString()));

		assertEquals(0, catalogue.ids("no such words in any record").length);
	}

	@Test
	void theNewestRecordsComeFirstAsTheWholeListBeginsEvenWithGapsInTheIds() throws Exception {
		assertEquals(0, catalogue.newest(10).length, "an empty catalogue");
		new LibraryDemoData().load(database, new NullProgressMonitor());
		long[] all = catalogue.ids("");
		BibliographicRecordRepository records = new BibliographicRecordRepository(database);
		ItemRepository items = new ItemRepository(database);
		for (int i = 2; i < 12; i++) { // a gap among the newest ids
			for (var item : items.ofRecord(all[i])) {
				items.delete(item);
			}
			records.delete(records.find(all[i]));
		}
		long[] left = catalogue.ids("");
		assertEquals(all.length - 10, left.length);
		assertArrayEquals(Arrays.copyOf(left, 5), catalogue.newest(5));
		assertArrayEquals(Arrays.copyOf(left, 20), catalogue.newest(20));
		assertArrayEquals(left, catalogue.newest(1_000), "fewer records than asked for: all of them");
	}

	@Test
	void rowsComeInTheOrderOfTheIdsAskedForBlockByBlock() throws Exception {
		new LibraryDemoData().load(database, new NullProgressMonitor());
		long[] all = catalogue.ids("");
		List<CatalogueRow> block = catalogue.rows(all, 10, 20);
		assertEquals(10, block.size());
		for (int i = 0; i < 10; i++) {
			assertEquals(all[10 + i], block.get(i).id());
		}
		assertTrue(catalogue.rows(all, 5, 5).isEmpty());
	}

	@Test
	void eachRowSaysWhereItsNewestReviewStandsAndRowsNeverSubmittedSayNothing() throws Exception {
		new LibraryDemoData().load(database, new NullProgressMonitor());
		long[] all = catalogue.ids("");
		PartyRepository parties = new PartyRepository(database);
		long technician = parties.save(NewStaff.person("Rina", "Sari", "CT-1", StaffFunction.TECHNICIAN)).getId();
		long librarian = parties.save(NewStaff.person("Lukas", "Hartono", "CL-1", StaffFunction.LIBRARIAN)).getId();
		Reviews reviews = new Reviews(database);
		assertNull(catalogue.rows(all, 3, 4).get(0).review(), "never submitted");

		Review first = reviews.submitRecord(all[3], technician);
		assertEquals(ReviewStatus.PENDING, catalogue.rows(all, 3, 4).get(0).review());
		reviews.returnWithComment(first.id(), librarian, "Add the uniform title.");
		assertEquals(ReviewStatus.RETURNED, catalogue.rows(all, 3, 4).get(0).review());
		reviews.approve(reviews.submitRecord(all[3], technician).id(), librarian);

		List<CatalogueRow> block = catalogue.rows(all, 0, 10);
		assertEquals(ReviewStatus.APPROVED, block.get(3).review(), "the newest round counts");
		assertEquals(List.of(), block.stream().filter(r -> r.id() != all[3] && r.review() != null).toList(),
				"the other rows of the block were never submitted");
	}
}
