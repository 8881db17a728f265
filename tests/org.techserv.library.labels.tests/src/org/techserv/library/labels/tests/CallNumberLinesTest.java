package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techserv.library.labels.CallNumberLines;
import org.techserv.library.labels.CallNumberScheme;
import org.techserv.library.labels.ItemLabels;
import org.techserv.library.model.BibliographicRecord;

class CallNumberLinesTest {

	@Test
	void lcNumbersOfRealRecordsBreakAtClassNumberCuttersAndDate() {
		expect(RealRecords.withControlNumber("73090924"), "RC71.3 .W67 1971", "RC", "71.3", ".W67", "1971");
		expect(RealRecords.withControlNumber("73209622"), "BS421 .C64", "BS", "421", ".C64");
		// a map: the second cutter carries no period in 050 $b and keeps its own line
		expect(RealRecords.withControlNumber("76357895"), "G1467.P8 M3 1974", "G", "1467", ".P8", "M3", "1974");
		// two cutters and a decimal class number with three places
		expect(RealRecords.withControlNumber("ACD-3665"), "TK5105.875.I57 I56 1993", "TK", "5105.875", ".I57",
				"I56", "1993");
		expect(RealRecords.titled("3 Filme"), "PN1998.3.G453 A614 1988", "PN", "1998.3", ".G453", "A614", "1988");
		expect(RealRecords.titled("Responsabilidad por"), "KHA965.Z9 R474 1997", "KHA", "965", ".Z9", "R474",
				"1997");
		expect(RealRecords.titled("Les Indes galantes"), "ML52.2.I4 R2", "ML", "52.2", ".I4", "R2");
		expect(RealRecords.titled("Die Königin von Saba"), "M1503.G621 K6", "M", "1503", ".G621", "K6");
	}

	@Test
	void aSeriesNumberOrVolumeStaysWithItsCaption() {
		expect(RealRecords.withControlNumber("77004773"), "QC100 .U57 no. 500-8", "QC", "100", ".U57", "no. 500-8");
		expect(RealRecords.titled("Tsuma to onna no aida"), "PL861.E8 A6 1973, vol. 6", "PL", "861", ".E8", "A6",
				"1973,", "vol. 6");
	}

	@Test
	void deweyNumberOfARealRecord() {
		// Info Canada has only 082 (Dewey, 12th abridged edition)
		expect(RealRecords.withControlNumber("ACD-3799"), "004", "004");
		assertEquals(CallNumberScheme.DDC, CallNumberLines.split("004").scheme());
	}

	@Test
	void shelfNumbersOfRecordingsAndPlaceholdersBreakAtSpaces() {
		expect(RealRecords.titled("Il cammino della tradizione"), "MLCS 2002/06831 (B)", "MLCS", "2002/06831",
				"(B)");
		expect(RealRecords.titled("FEDLINK services directory"), "IN PROCESS", "IN", "PROCESS");
		expect(RealRecords.withControlNumber("11224466"), "123-xyz", "123-xyz");
		assertEquals(CallNumberScheme.OTHER, CallNumberLines.split("SDB 41494, etc.").scheme());
		assertEquals(List.of("SDB", "41494,", "etc."), CallNumberLines.split("SDB 41494, etc.").lines());
	}

	@Test
	void lcAsOnTheSpine() {
		CallNumberLines lines = CallNumberLines.split("QA76.73.J38 S65 2019");

		assertEquals(CallNumberScheme.LC, lines.scheme());
		assertEquals(List.of("QA", "76.73", ".J38", "S65", "2019"), lines.lines());
		// cutters written together, a copy mark and a volume
		assertEquals(List.of("QA", "76.73", ".J38", "S65", "2019", "v. 2", "c.2"),
				CallNumberLines.split("QA76.73.J38S65 2019 v. 2 c.2").lines());
	}

	@Test
	void deweyAsOnTheSpine() {
		assertEquals(List.of("641.5973", "SMI"), CallNumberLines.split("641.5973 SMI").lines());
		assertEquals(CallNumberScheme.DDC, CallNumberLines.split("641.5973 SMI").scheme());
		// prefixes (reference, juvenile) on their own lines, then class, author mark, year, volume
		assertEquals(List.of("REF", "641.5973", "SMI"), CallNumberLines.split("REF 641.5973 SMI").lines());
		CallNumberLines juvenile = CallNumberLines.split("J 599.75 BRO 2004 v.2");
		assertEquals(CallNumberScheme.DDC, juvenile.scheme());
		assertEquals(List.of("J", "599.75", "BRO", "2004", "v.2"), juvenile.lines());
		// fiction without a class number is no Dewey number, but breaks the same way
		assertEquals(List.of("FIC", "SMI"), CallNumberLines.split("FIC SMI").lines());
	}

	@Test
	void aLongDeweyNumberBreaksAfterTheDigitsThatFit() {
		assertEquals(List.of("641.59", "73", "SMI"), CallNumberLines.split("641.5973 SMI", 6).lines());
		assertEquals(List.of("REF", "641.59", "73", "SMI"), CallNumberLines.split("REF 641.5973 SMI", 6).lines());
		// a line never ends in the decimal point: at 4 characters the point opens the next line
		assertEquals(List.of("641", ".597", "3", "SMI"), CallNumberLines.split("641.5973 SMI", 4).lines());
		assertEquals(List.of("641.5973", "SMI"), CallNumberLines.split("641.5973 SMI", 8).lines());
	}

	@Test
	void aLongLcClassNumberBreaksBeforeItsDecimalPoint() {
		assertEquals(List.of("TK", "5105", ".875", ".I57", "I56", "1993"),
				CallNumberLines.split("TK5105.875.I57 I56 1993", 6).lines());
	}

	@Test
	void everyRealCallNumberKeepsEveryCharacterOnNonEmptyLinesWithinTheWidth() {
		Map<CallNumberScheme, Integer> schemes = new EnumMap<>(CallNumberScheme.class);
		int checked = 0;
		for (BibliographicRecord record : RealRecords.all()) {
			String callNumber = ItemLabels.callNumber(record);
			if (callNumber == null) {
				continue;
			}
			schemes.merge(CallNumberLines.split(callNumber).scheme(), 1, Integer::sum);
			for (int width : new int[] { 0, 3, 4, 5, 6, 8, 10, 12 }) {
				List<String> lines = CallNumberLines.split(callNumber, width).lines();
				String where = callNumber + " at " + width + ": " + lines;
				assertFalse(lines.isEmpty(), where);
				for (String line : lines) {
					assertFalse(line.isBlank(), where);
					assertEquals(line.strip(), line, where);
					assertTrue(width == 0 || line.length() <= width, where);
				}
				assertEquals(callNumber.replaceAll("\\s", ""), String.join("", lines).replaceAll("\\s", ""), where);
				checked++;
			}
		}
		assertEquals(8 * 60, checked, "the 60 call numbers of the 66 records, at 8 widths");
		assertEquals(36, schemes.get(CallNumberScheme.LC), schemes.toString());
		assertEquals(1, schemes.get(CallNumberScheme.DDC), schemes.toString());
		assertEquals(23, schemes.get(CallNumberScheme.OTHER), schemes.toString());
	}

	@Test
	void badInputIsRefusedWithAMessage() {
		IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
				() -> CallNumberLines.split("   "));
		assertTrue(blank.getMessage().contains("call number is empty"), blank.getMessage());
		assertThrows(IllegalArgumentException.class, () -> CallNumberLines.split(null));
		IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
				() -> CallNumberLines.split("QA76", -1));
		assertTrue(width.getMessage().contains("-1"), width.getMessage());
	}

	@Test
	void spacesAroundAndBetweenPartsDoNotMatter() {
		assertEquals(CallNumberLines.split("QA76.73.J38 S65 2019"),
				CallNumberLines.split("  QA76.73.J38   S65\t2019 "));
	}

	private static void expect(BibliographicRecord record, String callNumber, String... lines) {
		assertEquals(callNumber, ItemLabels.callNumber(record));
		assertEquals(List.of(lines), CallNumberLines.split(callNumber).lines(), callNumber);
	}
}
