package org.techserv.library.marc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.ReadResult;

/**
 * Each kind of damage in one record of a real file: that record is reported with its number, offset and what is
 * wrong; the records around it are read.
 */
class BadRecordsTest {

	private List<byte[]> records;

	@BeforeEach
	void realRecords() throws Exception {
		records = RealFiles.good(RealFiles.read(RealFiles.bytes(RealFiles.SAMPLE_MARC), MarcFormat.ISO2709)).stream()
				.map(ReadResult.Good::original).toList();
	}

	@Test
	void aRecordLengthThatIsNotANumber() throws Exception {
		ReadResult.Bad bad = onlyBad(r -> {
			r[2] = 'x';
			return r;
		}, records.size());
		assertTrue(bad.reason().contains("where the record length (5 digits) belongs"), bad.reason());
	}

	@Test
	void aRecordLengthThatMissesTheTerminator() throws Exception {
		ReadResult.Bad bad = onlyBad(r -> {
			int length = Integer.parseInt(new String(r, 0, 5, StandardCharsets.US_ASCII)) - 7;
			byte[] text = String.format("%05d", length).getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(text, 0, r, 0, 5);
			return r;
		}, records.size());
		assertTrue(bad.reason().contains("no record terminator"), bad.reason());
	}

	@Test
	void aDirectoryThatDoesNotMatchTheFields() throws Exception {
		ReadResult.Bad bad = onlyBad(r -> {
			r[24 + 12 + 10] = (byte) (r[24 + 12 + 10] == '9' ? '0' : r[24 + 12 + 10] + 1); // second entry's start
			return r;
		}, records.size());
		assertTrue(bad.reason().contains("does not end with a field terminator") || bad.reason().contains("outside"),
				bad.reason());
	}

	@Test
	void aBadIndicator() throws Exception {
		ReadResult.Bad bad = onlyBad(r -> {
			int base = Integer.parseInt(new String(r, 12, 5, StandardCharsets.US_ASCII));
			int entries = (base - 25) / 12;
			for (int e = 0; e < entries; e++) {
				String entry = new String(r, 24 + e * 12, 12, StandardCharsets.US_ASCII);
				if (!entry.startsWith("00")) {
					r[base + Integer.parseInt(entry.substring(7))] = '#';
					return r;
				}
			}
			throw new IllegalStateException("no data field");
		}, records.size());
		assertTrue(bad.reason().contains("indicator \"#\""), bad.reason());
	}

	@Test
	void aRecordThatSaysUtf8ButIsNot() throws Exception {
		ReadResult.Bad bad = onlyBad(r -> {
			String text = new String(r, java.nio.charset.StandardCharsets.ISO_8859_1);
			int at = text.indexOf("\u001fa", Integer.parseInt(text.substring(12, 17))) + 2;
			r[at] = (byte) 0xE8; // a MARC-8 diacritic, which is no UTF-8
			r[9] = 'a';
			return r;
		}, records.size());
		assertTrue(bad.reason().contains("not UTF-8"), bad.reason());
	}

	@Test
	void aTruncatedFileKeepsTheRecordsBeforeTheCut() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		for (int i = 0; i < 5; i++) {
			file.write(records.get(i));
		}
		file.write(records.get(5), 0, records.get(5).length / 2);
		List<ReadResult> results = RealFiles.read(file.toByteArray(), MarcFormat.ISO2709);

		assertEquals(5, RealFiles.good(results).size());
		ReadResult.Bad bad = RealFiles.bad(results).get(0);
		assertEquals(6, bad.number());
		assertTrue(bad.reason().startsWith("truncated"), bad.reason());
	}

	/** Damages record 10 of the sample and expects it, and only it, skipped; returns its report. */
	private ReadResult.Bad onlyBad(UnaryOperator<byte[]> damage, int total) throws Exception {
		int damaged = 9;
		List<ReadResult> results = readWith(damaged, damage);
		List<ReadResult.Bad> bad = RealFiles.bad(results);
		assertEquals(1, bad.size(), bad.toString());
		assertEquals(damaged + 1, bad.get(0).number());
		long offset = 0;
		for (int i = 0; i < damaged; i++) {
			offset += records.get(i).length;
		}
		assertEquals(offset, bad.get(0).offset(), "the byte offset of the damaged record");
		assertEquals(total - 1, RealFiles.good(results).size(), "every other record is read");
		return bad.get(0);
	}

	private List<ReadResult> readWith(int damaged, UnaryOperator<byte[]> damage) throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		for (int i = 0; i < records.size(); i++) {
			file.write(i == damaged ? damage.apply(records.get(i).clone()) : records.get(i));
		}
		return RealFiles.read(file.toByteArray(), MarcFormat.ISO2709);
	}
}
