package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techserv.library.labels.barcode.BarPattern;
import org.techserv.library.labels.barcode.Code128;
import org.techserv.library.labels.barcode.Symbology;

class Code128Test {

	@Test
	void everySymbolIsThreeBarsAndThreeSpacesOfElevenModulesWithEvenBars() {
		Set<String> seen = new HashSet<>();
		for (int value = 0; value <= 105; value++) {
			String widths = Code128.symbolWidths(value);
			assertEquals(6, widths.length(), "value " + value);
			int modules = 0;
			int bars = 0;
			for (int e = 0; e < 6; e++) {
				int width = widths.charAt(e) - '0';
				assertTrue(width >= 1 && width <= 4, "value " + value + ": elements are 1 to 4 modules");
				modules += width;
				bars += e % 2 == 0 ? width : 0;
			}
			assertEquals(11, modules, "value " + value);
			assertEquals(0, bars % 2, "value " + value + ": bar modules are even (the self-check of the symbology)");
			assertTrue(seen.add(widths), "value " + value + " is unique");
		}
		assertEquals("2331112", Code128.symbolWidths(Code128.STOP), "stop: 13 modules, 4 bars");
	}

	@Test
	void tableEntriesAsTheSpecificationGivesThem() {
		assertEquals("212222", Code128.symbolWidths(0)); // space in set B, 00 in set C
		assertEquals("222122", Code128.symbolWidths(1));
		assertEquals("123122", Code128.symbolWidths(16)); // "0"
		assertEquals("111323", Code128.symbolWidths(33)); // "A"
		assertEquals("113141", Code128.symbolWidths(99)); // Code C
		assertEquals("114131", Code128.symbolWidths(100)); // Code B
		assertEquals("211412", Code128.symbolWidths(103)); // Start A
		assertEquals("211214", Code128.symbolWidths(104)); // Start B
		assertEquals("211232", Code128.symbolWidths(105)); // Start C
		assertThrows(IllegalArgumentException.class, () -> Code128.symbolWidths(107));
	}

	@Test
	void checkSymbolIsStartPlusWeightedValuesModulo103() {
		// P J J 1 2 3 C in set B: 104 + 1*48 + 2*42 + 3*42 + 4*17 + 5*18 + 6*19 + 7*35 = 879 = 8*103 + 55
		assertArrayEquals(new int[] { 104, 48, 42, 42, 17, 18, 19, 35, 55 }, Code128.codewords("PJJ123C"));
		// 14 digits in set C: 105 + 31 + 2*23 + 3*40 + 4*0 + 5*1 + 6*23 + 7*45 = 760 = 7*103 + 39
		assertArrayEquals(new int[] { 105, 31, 23, 40, 0, 1, 23, 45, 39 }, Code128.codewords("31234000012345"));
		// two digits alone go in set C: 105 + 42 = 147 = 103 + 44
		assertArrayEquals(new int[] { 105, 42, 44 }, Code128.codewords("42"));
		// three digits are shorter in set B: 104 + 17 + 2*18 + 3*19 = 214 = 2*103 + 8
		assertArrayEquals(new int[] { 104, 17, 18, 19, 8 }, Code128.codewords("123"));
	}

	@Test
	void setCForDigitRunsWorthIt() {
		// six digits inside: Code C before them, Code B after; 2360 = 22*103 + 94
		assertArrayEquals(new int[] { 104, 33, 34, 99, 12, 34, 56, 100, 35, 36, 94 },
				Code128.codewords("AB123456CD"));
		// four digits inside save nothing: set B throughout; 104 + 33 + 2*17 + 3*18 + 4*19 + 5*20 + 6*34 = 605
		// = 5*103 + 90
		assertArrayEquals(new int[] { 104, 33, 17, 18, 19, 20, 34, 90 }, Code128.codewords("A1234B"));
		// an odd run at the end: its first digit in set B, the rest in pairs; 808 = 7*103 + 87
		assertArrayEquals(new int[] { 104, 56, 17, 99, 23, 45, 87 }, Code128.codewords("X12345"));
		// an odd run at the start: pairs in set C, the last digit after Code B; 734 = 7*103 + 13
		assertArrayEquals(new int[] { 105, 12, 34, 100, 21, 33, 13 }, Code128.codewords("12345A"));
	}

	@Test
	void barsAreStartDataCheckAndStop() {
		BarPattern pattern = Code128.encode("31234000012345");

		assertEquals(Symbology.CODE_128, pattern.symbology());
		assertEquals("31234000012345", pattern.text());
		assertEquals(9 * 6 + 7, pattern.elementCount(), "start, 7 pairs, check, stop");
		assertEquals(9 * 11 + 13, pattern.moduleCount());
		assertEquals(9 * 3 + 4, pattern.barCount());
		assertTrue(pattern.modules().startsWith("11010011100"), "start C is 211232");
		assertTrue(pattern.modules().endsWith("1100011101011"), "stop is 2331112");
	}

	@Test
	void charactersOutsidePrintableAsciiAreRefusedByNameAndPlace() {
		IllegalArgumentException accent = assertThrows(IllegalArgumentException.class, () -> Code128.encode("Café"));
		assertTrue(accent.getMessage().contains("\"Café\""), accent.getMessage());
		assertTrue(accent.getMessage().contains("\"é\" (U+00E9)"), accent.getMessage());
		assertTrue(accent.getMessage().contains("position 4"), accent.getMessage());

		IllegalArgumentException tab = assertThrows(IllegalArgumentException.class, () -> Code128.encode("A\tB"));
		assertTrue(tab.getMessage().contains("U+0009"), tab.getMessage());

		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Code128.encode(""));
		assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
		assertEquals(empty.getMessage(), Symbology.CODE_128.problem(null).orElseThrow());
		assertTrue(Symbology.CODE_128.problem("31234000012345").isEmpty());
	}
}
