package org.techserv.library.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.util.RecordValues;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.CatalogueChange;
import org.techserv.library.store.CatalogueListener;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.MarcImport.Report;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * What the catalogue tells its listeners (the search index among them): every import batch, edit and delete,
 * after it committed, with the store's generation; and what changed since a generation, for a listener that was
 * not there.
 */
class CatalogueEventsTest {

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private BibliographicRecordRepository records;
	private final List<CatalogueChange> changes = Collections.synchronizedList(new ArrayList<>());
	private final List<Long> storedWhenTold = Collections.synchronizedList(new ArrayList<>());
	private final List<ServiceRegistration<CatalogueListener>> registrations = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		records = new BibliographicRecordRepository(database);
		listen(change -> {
			if (change.database() == database) {
				changes.add(change);
				try {
					storedWhenTold.add(records.count()); // another connection: sees only what is committed
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		});
	}

	@AfterEach
	void close() throws Exception {
		registrations.forEach(ServiceRegistration::unregister);
		database.close();
	}

	@Test
	void anImportTellsEachCommittedBatchAndSkipsARecordTheFileHoldsTwice() throws Exception {
		Report report = importFile(LibraryStoreTest.OPERA, MarcFormat.MARCXML, Duplicates.SKIP);

		assertEquals(42, report.imported());
		assertEquals(1, report.duplicates(), "collection-opera-43 holds 001 251663 twice");
		assertEquals(1, changes.size());
		CatalogueChange batch = changes.get(0);
		assertEquals(42, batch.saved().size());
		assertTrue(batch.detached(), "the import lets go of its records");
		assertTrue(batch.saved().stream().allMatch(r -> r.getId() > 0 && r.getVersion() == 1));
		assertEquals(42L, storedWhenTold.get(0), "told after the commit");
		assertEquals(records.generation(), batch.generation());
	}

	@Test
	void editsAndDeletesAreToldWithAGrowingGenerationAndFoundAgainLater() throws Exception {
		long before = records.generation();
		importFile(LibraryStoreTest.SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		long imported = records.generation();
		List<Long> ids = new ArrayList<>();
		records.forEachRecord(r -> ids.add(r.getId()));
		assertEquals(23, ids.size());
		assertEquals(ids, records.changedSince(before), "an index that missed the import finds every record of it");

		BibliographicRecord record = records.load(ids.get(0));
		RecordValues.first(record, "245").getSubfields().get(0).setValue("Programming revisited");
		records.save(record);
		records.delete(records.load(ids.get(1)));

		assertEquals(3, changes.size());
		CatalogueChange edit = changes.get(1);
		assertEquals(List.of(ids.get(0)), edit.saved().stream().map(BibliographicRecord::getId).toList());
		assertEquals("Programming revisited", edit.saved().get(0).getTitle());
		assertFalse(edit.detached(), "the editor keeps its record");
		CatalogueChange delete = changes.get(2);
		assertEquals(List.of(ids.get(1)), delete.deleted());
		assertTrue(imported < edit.generation() && edit.generation() < delete.generation());

		assertEquals(Set.of(ids.get(0), ids.get(1)), new TreeSet<>(records.changedSince(imported)));
		assertEquals(List.of(), records.changedSince(records.generation()));
		assertEquals(null, records.find(ids.get(1)));
	}

	@Test
	void aListenerThatFailsDoesNotFailTheSave() throws Exception {
		listen(change -> {
			throw new IllegalStateException("a broken listener");
		});
		Report report = importFile(LibraryStoreTest.SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		assertEquals(23, report.imported());
		assertEquals(23, records.count());
		assertEquals(1, changes.size(), "the other listeners are still told");
	}

	@Test
	void aCancelledImportKeepsAndTellsTheBatchesReadBeforeTheCancel() throws Exception {
		// 50 copies of the sample's 23 good records: 1,150 records, one full batch of 1,000 and a rest
		List<BibliographicRecord> good = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(LibraryStoreTest.SAMPLE))) {
			MarcReading.read(in, MarcFormat.ISO2709, r -> {
				if (r instanceof ReadResult.Good g) {
					good.add(g.record());
				}
			});
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (MarcWriting writing = new MarcWriting(file, MarcFormat.ISO2709)) {
			for (int i = 0; i < 50; i++) {
				good.forEach(writing::write);
			}
		}
		NullProgressMonitor cancelAfter1100 = new NullProgressMonitor() {
			private int checks;

			@Override
			public boolean isCanceled() {
				return ++checks > 1_100; // asked once a record
			}
		};
		Report report = new MarcImport(database).run(new ByteArrayInputStream(file.toByteArray()), MarcFormat.ISO2709,
				"copies", Duplicates.KEEP_BOTH, file.size(), cancelAfter1100);

		assertTrue(report.cancelled());
		assertEquals(1_000, report.imported(), "the first batch was handed over before the cancel");
		assertEquals(1_000, records.count());
		assertEquals(1, changes.size());
		assertEquals(1_000, changes.get(0).saved().size());
	}

	private void listen(CatalogueListener listener) {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		registrations.add(context.registerService(CatalogueListener.class, listener, null));
	}

	private Report importFile(Path file, MarcFormat format, Duplicates duplicates) throws Exception {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new MarcImport(database).run(in, format, file.getFileName().toString(), duplicates, -1,
					new NullProgressMonitor());
		}
	}
}
