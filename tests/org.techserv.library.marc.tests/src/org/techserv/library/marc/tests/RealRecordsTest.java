package org.techserv.library.marc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;

/** Real MARC 21 files read as a cataloguer expects: every record, in Unicode, with its values. */
class RealRecordsTest {

	@Test
	void theMarc8SampleGivesItsMarc21RecordsAndReportsTheOthersWithNumberAndOffset() throws Exception {
		byte[] file = RealFiles.bytes(RealFiles.SAMPLE_MARC);
		List<ReadResult> results = RealFiles.read(file, MarcFormat.ISO2709);

		List<ReadResult.Good> good = RealFiles.good(results);
		assertEquals(23, good.size());
		List<ReadResult.Bad> bad = RealFiles.bad(results);
		assertEquals(2, bad.size(), bad.toString());
		assertEquals(24, bad.get(0).number());
		assertTrue(bad.get(0).reason().contains("control field 001 holds subfield delimiters"), bad.get(0).reason());
		assertEquals(25, bad.get(1).number(), "the 3 stray bytes at the end");
		assertEquals(file.length - 3, bad.get(1).offset());
		assertTrue(bad.get(1).reason().contains("only 3 bytes"), bad.get(1).reason());

		BibliographicRecord third = good.get(2).record();
		assertEquals("73090924 //r82", third.getControlNumber());
		assertEquals("Computer processing of dynamic images from an Anger scintillation camera : the proceedings of a workshop",
				third.getTitle());
		assertEquals(3, good.stream().filter(g -> g.record().getLeader().charAt(7) == 's').count(), "three serials");
		assertEquals("a", good.get(0).record().getLeader().substring(9, 10), "converted records say UTF-8");
		long offset = 0;
		for (ReadResult.Good g : good) {
			assertEquals(offset, g.offset(), "record " + g.number() + " starts where the one before ended");
			offset += g.original().length;
		}
	}

	@Test
	void marc8DiacriticsComeOutAsUnicode() throws Exception {
		byte[] first = RealFiles.good(RealFiles.read(RealFiles.bytes(RealFiles.SAMPLE_MARC), MarcFormat.ISO2709)).get(0)
				.original().clone();
		String text = new String(first, java.nio.charset.StandardCharsets.ISO_8859_1);
		int at = text.indexOf("How to program");
		first[at + 1] = (byte) 0xE8; // MARC-8 (ANSEL) umlaut, written before the letter it sits on: "How" -> "Hö"
		first[at + 2] = 'o';

		ReadResult.Good read = RealFiles.good(RealFiles.read(first, MarcFormat.ISO2709)).get(0);

		assertEquals("H\u00f6 to program a computer", read.record().getTitle());
	}

	@Test
	void theMarcXmlOperaCollectionReadsWithItsAccents() throws Exception {
		List<ReadResult> results = RealFiles.read(RealFiles.bytes(RealFiles.OPERA_XML), MarcFormat.MARCXML);

		List<ReadResult.Good> good = RealFiles.good(results);
		assertEquals(43, good.size());
		assertTrue(RealFiles.bad(results).isEmpty());
		assertTrue(good.stream().anyMatch(g -> g.record().getTitle().startsWith("A\u00efda. O patria mia")),
				good.stream().map(g -> g.record().getTitle()).toList().toString());
	}

	@Test
	void importExportImportGivesTheSameRecordsInBothFormats() throws Exception {
		List<ReadResult.Good> first = RealFiles.good(RealFiles.read(RealFiles.bytes(RealFiles.SAMPLE_MARC), MarcFormat.ISO2709));
		first = new java.util.ArrayList<>(first);
		first.addAll(RealFiles.good(RealFiles.read(RealFiles.bytes(RealFiles.OPERA_XML), MarcFormat.MARCXML)));
		for (MarcFormat format : MarcFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (MarcWriting writing = new MarcWriting(out, format)) {
				first.forEach(g -> writing.write(g.record()));
			}
			List<ReadResult> all = RealFiles.read(out.toByteArray(), format);
			List<ReadResult.Good> again = RealFiles.good(all);
			if (again.size() != first.size()) {
				System.out.println("round trip lost records: " + format + " size=" + out.size() + " results=" + all.size() + " head="
						+ new String(out.toByteArray(), 0, Math.min(600, out.size()), java.nio.charset.StandardCharsets.UTF_8)
						+ " bad=" + RealFiles.bad(all).stream().limit(3).toList());
			}
			assertEquals(first.size(), again.size(), format.name());
			for (int i = 0; i < first.size(); i++) {
				assertEquals(describe(first.get(i).record()), describe(again.get(i).record()), format + " record " + (i + 1));
			}
		}
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

	private static String allText(BibliographicRecord record) {
		return describe(record);
	}
}
