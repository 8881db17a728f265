package org.techserv.library.sru.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.MarcImport.Report;
import org.techserv.library.sru.SruClient;
import org.techserv.library.sru.SruHit;
import org.techserv.library.sru.SruImport;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruQuery;
import org.techserv.library.sru.SruResult;
import org.techserv.library.sru.SruTarget;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** Hits of a real Zebra search copied into a catalogue on a real embedded database. */
class SruImportTest {

	@TempDir
	static Path zebraFolder;

	static ZebraServer zebra;
	static SruTarget target;
	static SruResult aida;
	static SruResult arithmetic;

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private BibliographicRecordRepository records;
	private SruImport sruImport;

	@BeforeAll
	static void searchZebra() throws Exception {
		zebra = ZebraServer.start(zebraFolder, Map.of());
		target = zebra.target("Zebra examples");
		try (SruClient client = new SruClient()) {
			aida = client.search(target, SruQuery.of(SruIndex.TITLE, "aida"), 1, 10, null);
			arithmetic = client.search(target, SruQuery.of(SruIndex.TITLE, "arithmetic"), 1, 10, null);
		}
	}

	@AfterAll
	static void stopZebra() throws Exception {
		if (zebra != null) {
			zebra.close();
		}
	}

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		records = new BibliographicRecordRepository(database);
		sruImport = new SruImport(database);
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void anImportedHitKeepsItsValuesTheTargetAsSourceAndTheMarcxmlAsReceived() throws Exception {
		SruHit.Good hit = arithmetic.good().get(0);

		Report report = sruImport.importHits(target, List.of(hit), Duplicates.SKIP, new NullProgressMonitor());

		assertEquals(1, report.imported());
		assertEquals(1, records.count());
		long id = onlyId();
		BibliographicRecord stored = records.load(id);
		assertEquals("Arithmetic", stored.getTitle());
		assertEquals("Sandburg, Carl", stored.getAuthor());
		assertEquals("0152038655", stored.getIsbn());
		assertEquals("1993", stored.getYear());
		assertEquals("Zebra examples", stored.getSource());
		assertEquals(hit.record().getDataFields().size(), stored.getDataFields().size());
		assertArrayEquals(hit.original(), records.original(id), "the record's MARCXML as the server sent it");
		assertEquals(0, hit.record().getId(), "the hit itself is left as it was");
	}

	@Test
	void importingTheSameHitsTwiceWithSkipLeavesOneRecordEach() throws Exception {
		Report first = sruImport.importHits(target, aida.good(), Duplicates.SKIP, null);
		Report again = sruImport.importHits(target, aida.good(), Duplicates.SKIP, null);
		Report sandburg = sruImport.importHits(target, arithmetic.good(), Duplicates.SKIP, null);
		Report sandburgAgain = sruImport.importHits(target, arithmetic.good(), Duplicates.SKIP, null);

		assertEquals(3, first.imported());
		assertEquals(0, again.imported());
		assertEquals(3, again.duplicates(), "the same 001 (no 003)");
		assertEquals(1, sandburg.imported());
		assertEquals(1, sandburgAgain.duplicates(), "the same ISBN");
		assertEquals(4, records.count());
	}

	@Test
	void keepBothImportsTheSameHitAgain() throws Exception {
		sruImport.importHits(target, arithmetic.good(), Duplicates.SKIP, null);

		Report kept = sruImport.importHits(target, arithmetic.good(), Duplicates.KEEP_BOTH, null);

		assertEquals(1, kept.imported());
		assertEquals(2, records.count());
	}

	private long onlyId() throws Exception {
		long[] id = { 0 };
		records.forEachId(each -> id[0] = each);
		return id[0];
	}
}
