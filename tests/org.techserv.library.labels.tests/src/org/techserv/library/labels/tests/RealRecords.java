package org.techserv.library.labels.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.util.RecordValues;

/**
 * Records nobody on this project wrote: the MARC 21 examples of Debian's idzebra-2.0 (installed by .ci/run), read
 * through the project's own MARC reading.
 */
final class RealRecords {

	static final Path EXAMPLES = Path.of("/usr/share/doc/idzebra-2.0/examples");
	/** 24 Library of Congress and other records (22 read whole), MARC-8. */
	static final Path SAMPLE_MARC = EXAMPLES.resolve("marc21/sample-marc.gz");
	/** 43 records of books and music recordings, MARCXML. */
	static final Path OPERA_XML = EXAMPLES.resolve("marcxml/collection-opera-43.xml.gz");

	private static List<BibliographicRecord> all;

	private RealRecords() {
	}

	/** Every record of both files that reads whole, in file order. */
	static synchronized List<BibliographicRecord> all() {
		if (all == null) {
			List<BibliographicRecord> records = new ArrayList<>();
			records.addAll(read(SAMPLE_MARC, MarcFormat.ISO2709));
			records.addAll(read(OPERA_XML, MarcFormat.MARCXML));
			all = List.copyOf(records);
		}
		return all;
	}

	/** The record whose control number (001) is this, before any suffix ("73090924 //r82"). */
	static BibliographicRecord withControlNumber(String number) {
		return all().stream()
				.filter(r -> RecordValues.controlNumber(r) != null
						&& number.equals(RecordValues.controlNumber(r).split("\\s+")[0]))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no record " + number));
	}

	/** The first record whose title starts with the text. */
	static BibliographicRecord titled(String start) {
		return all().stream().filter(r -> RecordValues.title(r) != null && RecordValues.title(r).startsWith(start))
				.findFirst().orElseThrow(() -> new AssertionError("no record titled " + start));
	}

	/**
	 * One item per record that has a call number (050/082 and the like), barcodes in the 14-digit form many
	 * libraries use for items: 3, a 4-digit library code, a running number.
	 */
	static List<Item> itemsWithCallNumbers() {
		List<Item> items = new ArrayList<>();
		for (BibliographicRecord record : all()) {
			if (RecordValues.callNumber(record) != null) {
				items.add(item(record, String.format("3%04d%09d", 1234, 1000 + items.size() * 37)));
			}
		}
		return items;
	}

	static Item item(BibliographicRecord record, String barcode) {
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setRecord(record);
		item.setBarcode(barcode);
		item.setLocation("Stacks");
		return item;
	}

	private static List<BibliographicRecord> read(Path gz, MarcFormat format) {
		if (!Files.isRegularFile(gz)) {
			throw new IllegalStateException(gz + " is missing: install the Debian package idzebra-2.0 (see .ci/run)");
		}
		List<BibliographicRecord> records = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
			MarcReading.read(new ByteArrayInputStream(in.readAllBytes()), format, result -> {
				if (result instanceof ReadResult.Good good) {
					records.add(good.record());
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return records;
	}
}
