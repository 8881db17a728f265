package org.techserv.library.marc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;

/**
 * Thousands of mutated real records (flipped bytes, cuts, wrong lengths and offsets, broken encodings): reading
 * never throws, every record is either read whole or reported, and what is read is a sound record that writes
 * and reads back the same.
 */
class FuzzTest {

	private static final int ROUNDS = 3000;

	@Test
	void mutatedRecordsAreReadWholeOrReportedNeverHalf() throws Exception {
		List<byte[]> records = RealFiles.good(RealFiles.read(RealFiles.bytes(RealFiles.SAMPLE_MARC), MarcFormat.ISO2709))
				.stream().map(ReadResult.Good::original).toList();
		Random random = new Random(20261128);
		int good = 0;
		int bad = 0;
		for (int round = 0; round < ROUNDS; round++) {
			byte[] record = records.get(random.nextInt(records.size())).clone();
			byte[] mutated = mutate(record, random);
			ByteArrayOutputStream file = new ByteArrayOutputStream();
			file.write(records.get(0));
			file.write(mutated);
			file.write(records.get(1));
			List<ReadResult> results = RealFiles.read(file.toByteArray(), MarcFormat.ISO2709);

			assertTrue(results.size() >= 2, "round " + round + ": the intact neighbours are seen");
			for (ReadResult result : results) {
				if (result instanceof ReadResult.Good g) {
					good++;
					assertSound(g.record(), round);
				} else {
					bad++;
					assertTrue(!((ReadResult.Bad) result).reason().isBlank());
				}
			}
			assertTrue(RealFiles.good(results).stream().anyMatch(g -> java.util.Arrays.equals(g.original(), records.get(1)))
					|| results.get(results.size() - 1) instanceof ReadResult.Bad,
					"round " + round + ": the record after the damage is read unless the damage swallowed it");
		}
		System.out.printf("fuzz: %d rounds, %d records read whole, %d reported%n", ROUNDS, good, bad);
		assertTrue(bad > ROUNDS / 2, "most mutations are caught: " + bad);
	}

	private static void assertSound(BibliographicRecord record, int round) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MarcWriting writing = new MarcWriting(out, MarcFormat.ISO2709)) {
			writing.write(record);
		}
		List<ReadResult> again = RealFiles.read0(out.toByteArray());
		assertEquals(1, again.size(), "round " + round);
		assertTrue(again.get(0) instanceof ReadResult.Good, "round " + round + ": " + again.get(0));
		assertEquals(RealRecordsTest.describe(record), RealRecordsTest.describe(((ReadResult.Good) again.get(0)).record()),
				"round " + round);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(record);
		assertTrue(diagnostic.getChildren().stream().noneMatch(d -> d.getMessage().contains("indicator")
				|| d.getMessage().contains("subfield code")), "round " + round + ": " + diagnostic.getChildren());
	}

	private static byte[] mutate(byte[] record, Random random) {
		switch (random.nextInt(6)) {
		case 0 -> { // flip a few bytes anywhere
			for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
				record[random.nextInt(record.length)] ^= (byte) (1 << random.nextInt(8));
			}
			return record;
		}
		case 1 -> { // cut it short
			return java.util.Arrays.copyOf(record, 1 + random.nextInt(record.length - 1));
		}
		case 2 -> { // a wrong record length
			byte[] text = String.format("%05d", random.nextInt(2000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			System.arraycopy(text, 0, record, 0, 5);
			return record;
		}
		case 3 -> { // a wrong base address or directory offset
			int at = random.nextBoolean() ? 12 + random.nextInt(5) : 24 + random.nextInt(Math.max(1, record.length / 4));
			record[Math.min(at, record.length - 2)] = (byte) ('0' + random.nextInt(10));
			return record;
		}
		case 4 -> { // a broken encoding: bytes that are neither MARC-8 nor UTF-8
			record[9] = random.nextBoolean() ? (byte) 'a' : (byte) ' ';
			int at = 30 + random.nextInt(record.length - 31);
			record[at] = (byte) (0x80 + random.nextInt(0x80));
			return record;
		}
		default -> { // a bad indicator or subfield delimiter
			int at = 30 + random.nextInt(record.length - 31);
			record[at] = (byte) "#\u001f\u001e!?".charAt(random.nextInt(5));
			return record;
		}
		}
	}
}
