package org.techserv.library.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;
import org.techserv.library.model.util.RecordValues;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.ItemRepository;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.MarcImport.Report;
import org.techserv.store.AuditEntry;
import org.techserv.store.ConflictException;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.ValidationException;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** The catalogue on a real embedded database, filled from Debian's idzebra example records. */
class LibraryStoreTest {

	static final Path SAMPLE = Path.of("/usr/share/doc/idzebra-2.0/examples/marc21/sample-marc.gz");
	static final Path OPERA = Path.of("/usr/share/doc/idzebra-2.0/examples/marcxml/collection-opera-43.xml.gz");

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private BibliographicRecordRepository records;
	private MarcImport marcImport;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		records = new BibliographicRecordRepository(database);
		marcImport = new MarcImport(database);
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void importingRealFilesStoresEveryGoodRecordWithItsOriginalAndReportsTheRest() throws Exception {
		Report sample = importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		Report opera = importFile(OPERA, MarcFormat.MARCXML, Duplicates.SKIP);

		assertEquals(23, sample.imported());
		assertEquals(List.of(24, 25), sample.rejected().stream().map(ReadResult.Bad::number).toList());
		assertEquals(43, opera.imported() + opera.duplicates(), "every opera record is stored or a duplicate");
		assertEquals(sample.imported() + opera.imported(), records.count());

		List<ReadResult.Good> read = read(SAMPLE, MarcFormat.ISO2709);
		List<Long> ids = ids();
		BibliographicRecord stored = records.load(ids.get(2));
		assertEquals(describe(read.get(2).record()), describe(stored));
		assertEquals("Computer processing of dynamic images from an Anger scintillation camera : the proceedings of a workshop",
				stored.getTitle());
		assertEquals("sample-marc.gz #3", stored.getSource());
		assertArrayEquals(read.get(2).original(), records.original(stored.getId()), "the original bytes are kept");
	}

	@Test
	void aUtf8RecordStoredOnceKeepsItsOriginalBytesThroughEditsAndItsCreationInItsHistory() throws Exception {
		importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		BibliographicRecord first = records.load(ids().get(0));
		byte[] utf8 = MarcWriting.iso2709(first); // the MARC-8 sample, as a UTF-8 file would bring it
		Report report = marcImport.run(new ByteArrayInputStream(utf8), MarcFormat.ISO2709, "utf8.mrc",
				Duplicates.KEEP_BOTH, utf8.length, new NullProgressMonitor());
		assertEquals(1, report.imported());
		long id = ids().get(ids().size() - 1);
		assertArrayEquals(utf8, records.original(id), "a record stored as it came gives those bytes as its original");

		BibliographicRecord record = records.load(id);
		RecordValues.first(record, "245").getSubfields().get(0).setValue("Edited after the import");
		records.save(record);
		assertEquals("Edited after the import", records.load(id).getTitle());
		assertArrayEquals(utf8, records.original(id), "the original is what came, not the edited record");

		List<AuditEntry> history = records.history(id);
		assertEquals(AuditEntry.Action.CREATED, history.get(0).action(), "the import's creation comes first");
		assertEquals(database.user(), history.get(0).user());
		assertTrue(history.stream().anyMatch(e -> "245".equals(e.field()) && e.version() == 2), history.toString());
	}

	@Test
	void duplicatesAreSkippedReplacedOrKeptAsAsked() throws Exception {
		importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		long stored = records.count();

		Report again = importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		assertEquals(0, again.imported());
		assertEquals(23, again.duplicates());
		assertEquals(stored, records.count());

		Report replaced = importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.REPLACE);
		assertEquals(0, replaced.replaced(), "the same fields: nothing to replace, nothing written");
		assertEquals(stored, records.count());

		Report kept = importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.KEEP_BOTH);
		assertEquals(23, kept.imported());
		assertEquals(stored + 23, records.count());
	}

	@Test
	void aRecordTheFileHoldsAgainInALaterBatchIsSkippedToo() throws Exception {
		// 2 600 records: the sample's, each copy with a 001 of its own and no ISBN; four of them come again further
		// on (a batch is 1 000 records): in the same batch, in the next, and two batches later
		List<BibliographicRecord> copies = numberedCopies(2_600);
		int[][] again = { { 2_050, 2_100 }, { 995, 1_010 }, { 1_999, 2_500 }, { 10, 1_500 } };
		for (int[] pair : again) {
			copies.set(pair[1], EcoreUtil.copy(copies.get(pair[0])));
		}
		byte[] file = iso2709(copies);

		Report first = importCopies(file, Duplicates.SKIP);
		assertEquals(2_596, first.imported());
		assertEquals(4, first.duplicates());
		assertEquals(2_596, records.count());

		Report second = importCopies(file, Duplicates.SKIP);
		assertEquals(0, second.imported());
		assertEquals(2_600, second.duplicates());
		assertEquals(2_596, records.count());
	}

	@Test
	void aSmallFileIntoALargeCatalogueFindsItsDuplicatesToo() throws Exception {
		// a catalogue much larger than the file: its keys are not read, each record of the file is looked up
		importCopies(iso2709(numberedCopies(2_600)), Duplicates.SKIP);
		List<BibliographicRecord> small = new ArrayList<>(numberedCopies(2_600).subList(0, 5));
		for (int i = 0; i < 5; i++) {
			small.add(withControlNumber(small.get(i), "new-" + i));
		}

		Report report = importCopies(iso2709(small), Duplicates.SKIP);
		assertEquals(5, report.imported());
		assertEquals(5, report.duplicates());
		assertEquals(2_605, records.count());
	}

	@Test
	void aRecordTheFileHoldsAgainWithOtherFieldsInALaterBatchReplacesTheFirst() throws Exception {
		// 3 000 records with 001s of their own; record 1 005 is record 5 again with another title (the next batch,
		// usually looked up before the first is committed) and so is record 2 990 for record 1 990
		List<BibliographicRecord> copies = numberedCopies(3_000);
		int[][] again = { { 5, 1_005 }, { 1_990, 2_990 } };
		for (int[] pair : again) {
			BibliographicRecord later = EcoreUtil.copy(copies.get(pair[0]));
			later.getDataFields().stream().filter(f -> "245".equals(f.getTag())).findFirst().orElseThrow()
					.getSubfields().stream().filter(sub -> sub.getCode() == 'a').findFirst().orElseThrow()
					.setValue("Replaced from record " + pair[1]);
			copies.set(pair[1], later);
		}

		Report report = importCopies(iso2709(copies), Duplicates.REPLACE);
		assertEquals(2_998, report.imported());
		assertEquals(2, report.replaced());
		assertEquals(2_998, records.count());
		for (int[] pair : again) {
			List<String> titles = new ArrayList<>();
			try (Connection c = database.connect(); PreparedStatement select = c
					.prepareStatement("SELECT TITLE FROM LIBRARY_RECORD WHERE CONTROL_NUMBER = ?")) {
				select.setString(1, "copy-" + pair[0]);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						titles.add(rows.getString(1));
					}
				}
			}
			assertEquals(1, titles.size(), "one record for copy-" + pair[0]);
			assertTrue(titles.get(0).startsWith("Replaced from record " + pair[1]), titles.toString());
		}
	}

	/** {@code count} copies of the sample's records, each with a 001 of its own ("copy-N") and no ISBN. */
	private static List<BibliographicRecord> numberedCopies(int count) throws Exception {
		List<BibliographicRecord> sample = read(SAMPLE, MarcFormat.ISO2709).stream().map(ReadResult.Good::record).toList();
		List<BibliographicRecord> copies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			copies.add(withControlNumber(sample.get(i % sample.size()), "copy-" + i));
		}
		return copies;
	}

	private static byte[] iso2709(List<BibliographicRecord> records) throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (MarcWriting writing = new MarcWriting(file, MarcFormat.ISO2709)) {
			records.forEach(writing::write);
		}
		return file.toByteArray();
	}

	private Report importCopies(byte[] file, Duplicates duplicates) throws Exception {
		return marcImport.run(new ByteArrayInputStream(file), MarcFormat.ISO2709, "copies", duplicates, file.length,
				new NullProgressMonitor());
	}

	private static BibliographicRecord withControlNumber(BibliographicRecord record, String controlNumber) {
		BibliographicRecord copy = EcoreUtil.copy(record);
		copy.getControlFields().stream().filter(f -> "001".equals(f.getTag())).findFirst().orElseThrow()
				.setValue(controlNumber);
		copy.getDataFields().removeIf(f -> "020".equals(f.getTag()));
		return copy;
	}

	@Test
	void anEditedRecordIsSavedWithItsChangesInTheAuditTrailAndAStaleSaveIsRefused() throws Exception {
		importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		BibliographicRecord record = records.load(ids().get(0));
		BibliographicRecord other = records.load(record.getId());
		Subfield title = RecordValues.first(record, "245").getSubfields().get(0);
		title.setValue("How to program a computer, revised");
		records.save(record);

		BibliographicRecord loaded = records.load(record.getId());
		assertEquals("How to program a computer, revised", loaded.getTitle());
		assertEquals(2, loaded.getVersion());
		AuditEntry change = records.history(record.getId()).stream().filter(e -> "245".equals(e.field())).findFirst()
				.orElseThrow();
		assertTrue(change.oldValue().contains("$aHow to program a computer"), change.oldValue());
		assertTrue(change.newValue().contains("revised"), change.newValue());

		RecordValues.first(other, "245").getSubfields().get(0).setValue("Someone else's title");
		assertThrows(ConflictException.class, () -> records.save(other));
	}

	@Test
	void aRecordWithoutATitleIsRefusedNamingIt() throws Exception {
		importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		BibliographicRecord record = records.load(ids().get(0));
		record.getDataFields().remove(RecordValues.first(record, "245"));

		ValidationException refused = assertThrows(ValidationException.class, () -> records.save(record));

		assertTrue(refused.getMessage().contains("245"), refused.getMessage());
		assertEquals("How to program a computer", records.load(record.getId()).getTitle(), "nothing written");
	}

	@Test
	void copiesHaveUniqueBarcodes() throws Exception {
		importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		BibliographicRecord record = records.load(ids().get(0));
		ItemRepository items = new ItemRepository(database);
		items.save(item(record, "31234000000017", 1));
		items.save(item(record, "31234000000025", 2));

		ValidationException refused = assertThrows(ValidationException.class,
				() -> items.save(item(record, "31234000000017", 3)));

		assertEquals("Barcode: 31234000000017 is already on another copy.", refused.getMessage());
		List<Item> copies = items.ofRecord(record.getId());
		assertEquals(List.of(1, 2), copies.stream().map(Item::getCopyNumber).toList());
		assertEquals("How to program a computer", copies.get(0).getRecord().getTitle());
	}

	@Test
	void exportThenImportIntoAnotherCatalogueGivesTheSameRecords() throws Exception {
		importFile(SAMPLE, MarcFormat.ISO2709, Duplicates.SKIP);
		importFile(OPERA, MarcFormat.MARCXML, Duplicates.SKIP);
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		List<String> exported = new ArrayList<>();
		try (MarcWriting writing = new MarcWriting(file, MarcFormat.MARCXML)) {
			for (long id : ids()) {
				BibliographicRecord record = records.load(id);
				writing.write(record);
				exported.add(describe(record));
			}
		}
		try (EmbeddedDerby second = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("second")))) {
			try (Connection connection = second.connect()) {
				new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
			}
			Report report = new MarcImport(second).run(new ByteArrayInputStream(file.toByteArray()), MarcFormat.MARCXML,
					"export.xml", Duplicates.KEEP_BOTH, -1, new NullProgressMonitor());
			assertEquals(exported.size(), report.imported());
			BibliographicRecordRepository copies = new BibliographicRecordRepository(second);
			List<String> imported = new ArrayList<>();
			copies.forEachId(id -> {
				try {
					imported.add(describe(copies.load(id)));
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			assertEquals(exported, imported);
		}
	}

	@Test
	void mutatedFilesNeverLeaveAPartialRecord() throws Exception {
		byte[] file;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE))) {
			file = in.readAllBytes();
		}
		Random random = new Random(7);
		for (int round = 0; round < 60; round++) {
			byte[] mutated = file.clone();
			for (int i = 0; i < 20; i++) {
				mutated[random.nextInt(mutated.length)] ^= (byte) (1 << random.nextInt(8));
			}
			long before = records.count();
			List<String> good = new ArrayList<>();
			MarcReading.read(new ByteArrayInputStream(mutated), MarcFormat.ISO2709, r -> {
				if (r instanceof ReadResult.Good g && org.techserv.model.edit.ModelValidation.check(g.record()).isEmpty()) {
					good.add(describe(g.record()));
				}
			});
			Report report = marcImport.run(new ByteArrayInputStream(mutated), MarcFormat.ISO2709, "fuzz", Duplicates.KEEP_BOTH,
					mutated.length, new NullProgressMonitor());
			assertEquals(good.size(), report.imported(), "round " + round);
			assertEquals(before + good.size(), records.count(), "round " + round + ": only whole records stored");
			List<Long> ids = ids();
			for (int i = 0; i < good.size(); i++) {
				assertEquals(good.get(i), describe(records.load(ids.get(ids.size() - good.size() + i))), "round " + round);
			}
		}
	}

	private Report importFile(Path file, MarcFormat format, Duplicates duplicates) throws Exception {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return marcImport.run(in, format, file.getFileName().toString(), duplicates, Files.size(file),
					new NullProgressMonitor());
		}
	}

	private static List<ReadResult.Good> read(Path file, MarcFormat format) throws Exception {
		List<ReadResult.Good> good = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			MarcReading.read(in, format, r -> {
				if (r instanceof ReadResult.Good g) {
					good.add(g);
				}
			});
		}
		return good;
	}

	private List<Long> ids() throws Exception {
		List<Long> ids = new ArrayList<>();
		records.forEachId(ids::add);
		return ids;
	}

	private static Item item(BibliographicRecord record, String barcode, int copy) {
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setRecord(record);
		item.setBarcode(barcode);
		item.setCopyNumber(copy);
		item.setCallNumber(record.getCallNumber());
		item.setLocation("Stacks");
		item.setStatus(ItemStatus.AVAILABLE);
		return item;
	}

	static String describe(BibliographicRecord record) {
		StringBuilder text = new StringBuilder(record.getLeader().substring(5, 9)).append('\n');
		record.getControlFields().forEach(f -> text.append(f.getTag()).append(' ').append(f.getValue()).append('\n'));
		for (DataField field : record.getDataFields()) {
			text.append(field.getTag()).append(' ').append(field.getIndicator1()).append(field.getIndicator2());
			for (Subfield subfield : field.getSubfields()) {
				text.append('$').append(subfield.getCode()).append(subfield.getValue());
			}
			text.append('\n');
		}
		return text.toString();
	}
}
