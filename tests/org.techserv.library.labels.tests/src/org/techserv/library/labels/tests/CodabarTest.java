package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techserv.library.labels.barcode.BarPattern;
import org.techserv.library.labels.barcode.Codabar;
import org.techserv.library.labels.barcode.Symbology;

class CodabarTest {

	@Test
	void charactersFollowTheDefinitionOfWideBarsAndSpaces() {
		Set<String> seen = new HashSet<>();
		for (char c : "0123456789-$:/.+ABCD".toCharArray()) {
			String widths = Codabar.symbolWidths(c);
			assertEquals(7, widths.length(), "four bars, three spaces: " + c);
			int wideBars = 0;
			int wideSpaces = 0;
			for (int e = 0; e < 7; e++) {
				boolean wide = widths.charAt(e) == '3';
				assertTrue(wide || widths.charAt(e) == '1', "narrow 1, wide 3: " + c);
				wideBars += wide && e % 2 == 0 ? 1 : 0;
				wideSpaces += wide && e % 2 == 1 ? 1 : 0;
			}
			if (Character.isDigit(c) || c == '-' || c == '$') {
				assertEquals(1, wideBars, "digits, - and $: one wide bar: " + c);
				assertEquals(1, wideSpaces, "and one wide space: " + c);
			} else if (":/.+".indexOf(c) >= 0) {
				assertEquals(3, wideBars, ": / . +: three wide bars: " + c);
				assertEquals(0, wideSpaces, "and no wide space: " + c);
			} else {
				assertEquals(1, wideBars, "start/stop: one wide bar: " + c);
				assertEquals(2, wideSpaces, "and two wide spaces: " + c);
			}
			assertTrue(seen.add(widths), "unique: " + c);
		}
	}

	@Test
	void charactersAsTheDefinitionGivesThem() {
		assertEquals("1111133", Codabar.symbolWidths('0'));
		assertEquals("1111331", Codabar.symbolWidths('1'));
		assertEquals("3311111", Codabar.symbolWidths('3'));
		assertEquals("3131311", Codabar.symbolWidths('.'));
		assertEquals("1133131", Codabar.symbolWidths('A'));
		assertEquals("1313113", Codabar.symbolWidths('B'));
		assertEquals("1113133", Codabar.symbolWidths('C'));
		assertEquals("1113331", Codabar.symbolWidths('D'));
	}

	@Test
	void dataIsFramedByStartAndStopWithNarrowGapsBetweenCharacters() {
		BarPattern pattern = Codabar.encode("31234000000017");

		assertEquals("31234000000017", pattern.text(), "the text printed is the data");
		assertEquals(16 * 8 - 1, pattern.elementCount(), "A, 14 digits, B, 15 gaps");
		assertEquals(16 * 4, pattern.barCount());
		// A and B take 13 modules each, each digit 11, each gap 1
		assertEquals(2 * 13 + 14 * 11 + 15, pattern.moduleCount());
		assertEquals("A31234000000017B", BarcodeReader.readCodabar(pattern.widths()));
	}

	@Test
	void dataBringingItsOwnStartAndStopKeepsThem() {
		assertEquals("C1234D", BarcodeReader.readCodabar(Codabar.encode("C1234D").widths()));
		assertEquals("1234", Codabar.encode("c1234d").text());
		assertEquals("D12-34$5:6/7.8+9A", BarcodeReader.readCodabar(Codabar.encode("12-34$5:6/7.8+9", 'D', 'A').widths()));
	}

	@Test
	void whatCodabarCannotSayIsRefusedByNameAndPlace() {
		IllegalArgumentException letter = assertThrows(IllegalArgumentException.class,
				() -> Codabar.encode("3123X4"));
		assertTrue(letter.getMessage().contains("\"3123X4\""), letter.getMessage());
		assertTrue(letter.getMessage().contains("\"X\" (U+0058)"), letter.getMessage());
		assertTrue(letter.getMessage().contains("position 5"), letter.getMessage());

		IllegalArgumentException inside = assertThrows(IllegalArgumentException.class,
				() -> Codabar.encode("12B34"));
		assertTrue(inside.getMessage().contains("start/stop"), inside.getMessage());
		assertTrue(inside.getMessage().contains("position 3"), inside.getMessage());

		IllegalArgumentException frame = assertThrows(IllegalArgumentException.class,
				() -> Codabar.encode("1234", 'E', 'A'));
		assertTrue(frame.getMessage().contains("\"E\""), frame.getMessage());

		assertTrue(Symbology.CODABAR.problem("").orElseThrow().contains("empty"));
		assertTrue(Symbology.CODABAR.problem("AB").orElseThrow().contains("empty"), "start and stop, no data");
	}
}
