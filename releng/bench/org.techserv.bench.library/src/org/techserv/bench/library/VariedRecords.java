package org.techserv.bench.library;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.techserv.library.marc.MarcConversion;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.ReadResult;

/**
 * A large ISO 2709 file (UTF-8) made from Debian's real example records by varying them: record k is base record
 * k mod n with its own control number (001), two more title words taken from the real titles, its own valid
 * ISBN-13, a call number cutter of its own and a publication year. Only base records of ordinary size
 * (at most {@value #ORDINARY} bytes) are used.
 */
final class VariedRecords {

	static final Path SAMPLE = Path.of("/usr/share/doc/idzebra-2.0/examples/marc21/sample-marc.gz");
	static final Path OPERA = Path.of("/usr/share/doc/idzebra-2.0/examples/marcxml/collection-opera-43.xml.gz");
	static final int ORDINARY = 1000;

	private static final MarcFactory MARC = MarcFactory.newInstance();

	private final List<Record> base = new ArrayList<>();
	private final List<String> vocabulary;

	VariedRecords() throws IOException {
		TreeSet<String> words = new TreeSet<>();
		for (Record record : read(SAMPLE, MarcFormat.ISO2709)) {
			take(record, words);
		}
		for (Record record : read(OPERA, MarcFormat.MARCXML)) {
			take(record, words);
		}
		vocabulary = List.copyOf(words);
	}

	private void take(Record record, TreeSet<String> words) {
		DataField title = (DataField) record.getVariableField("245"); //$NON-NLS-1$
		if (title == null) {
			return;
		}
		for (String word : title.getSubfieldsAsString("ab").split("[^\\p{L}]+")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (word.length() >= 4) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		if (bytes(record).length <= ORDINARY) {
			base.add(record);
		}
	}

	int baseCount() {
		return base.size();
	}

	List<String> vocabulary() {
		return vocabulary;
	}

	/** Writes records {@code from} to {@code from + count - 1}; returns the bytes written. */
	long write(Path file, int from, int count) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			CountingWriter counted = new CountingWriter(out);
			MarcStreamWriter writer = new MarcStreamWriter(counted, "UTF-8", true); //$NON-NLS-1$
			for (int k = from; k < from + count; k++) {
				writer.write(record(k));
			}
			writer.close();
			return counted.count;
		}
	}

	/** Base record {@code k mod n}, varied. */
	Record record(int k) {
		Record source = base.get(k % base.size());
		Record record = MARC.newRecord(source.getLeader().marshal());
		record.getLeader().setCharCodingScheme('a');
		record.addVariableField(MARC.newControlField("001", "TS" + k)); //$NON-NLS-1$ //$NON-NLS-2$
		boolean isbn = false;
		for (ControlField field : source.getControlFields()) {
			switch (field.getTag()) {
			case "001" -> { //$NON-NLS-1$
				// replaced above
			}
			case "008" -> record.addVariableField(MARC.newControlField("008", year(field.getData(), k))); //$NON-NLS-1$ //$NON-NLS-2$
			default -> record.addVariableField(MARC.newControlField(field.getTag(), field.getData()));
			}
		}
		for (DataField field : source.getDataFields()) {
			DataField copy = MARC.newDataField(field.getTag(), field.getIndicator1(), field.getIndicator2());
			for (Subfield subfield : field.getSubfields()) {
				copy.addSubfield(MARC.newSubfield(subfield.getCode(), subfield.getData()));
			}
			switch (field.getTag()) {
			case "020" -> { //$NON-NLS-1$
				if (isbn) {
					continue;
				}
				isbn = true;
				copy = MARC.newDataField("020", ' ', ' ', "a", isbn(k)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			case "245" -> vary(copy.getSubfield('a'), k); //$NON-NLS-1$
			case "050", "090" -> { //$NON-NLS-1$ //$NON-NLS-2$
				Subfield cutter = copy.getSubfield('b');
				String value = "." + (char) ('A' + k % 26) + (k / 26 % 1000); //$NON-NLS-1$
				if (cutter == null) {
					copy.addSubfield(MARC.newSubfield('b', value));
				} else {
					cutter.setData(value);
				}
			}
			default -> {
				// as it was
			}
			}
			if (!isbn && field.getTag().compareTo("020") > 0) { //$NON-NLS-1$
				isbn = true;
				record.addVariableField(MARC.newDataField("020", ' ', ' ', "a", isbn(k))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			record.addVariableField(copy);
		}
		return record;
	}

	private void vary(Subfield title, int k) {
		if (title == null) {
			return;
		}
		String text = title.getData();
		int end = text.length();
		while (end > 0 && " /:;=.,".indexOf(text.charAt(end - 1)) >= 0) { //$NON-NLS-1$
			end--;
		}
		String w1 = vocabulary.get(Math.floorMod(k * 7919, vocabulary.size()));
		String w2 = vocabulary.get(Math.floorMod(k / vocabulary.size() * 104729 + k, vocabulary.size()));
		title.setData(text.substring(0, end) + ' ' + w1 + ' ' + w2 + text.substring(end));
	}

	private static String year(String fixed, int k) {
		if (fixed.length() < 11) {
			return fixed;
		}
		return fixed.substring(0, 7) + (1950 + k % 75) + fixed.substring(11);
	}

	/** Record k's ISBN-13: 978, then k in nine digits, then the check digit. */
	static String isbn(int k) {
		String twelve = String.format("978%09d", k); //$NON-NLS-1$
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
		}
		return twelve + (10 - sum % 10) % 10;
	}

	private static List<Record> read(Path file, MarcFormat format) throws IOException {
		List<Record> records = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			MarcReading.read(in, format, result -> {
				if (result instanceof ReadResult.Good good) {
					records.add(MarcConversion.toMarc(good.record()));
				}
			});
		}
		return records;
	}

	private static byte[] bytes(Record record) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MarcStreamWriter writer = new MarcStreamWriter(out, "UTF-8", true); //$NON-NLS-1$
		writer.write(record);
		writer.close();
		return out.toByteArray();
	}

	/** Counts the bytes the writer writes. */
	private static final class CountingWriter extends java.io.FilterOutputStream {
		long count;

		CountingWriter(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

		@Override
		public void close() throws IOException {
			flush(); // the caller closes the file
		}
	}
}
