package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.techserv.library.labels.barcode.Codabar;
import org.techserv.library.labels.barcode.Code128;

/**
 * Reads bars back as a scanner does: from the widths of bars and spaces (in modules, or in pixels of a rendered
 * page) to the text. Symbols are looked up by their widths; everything else (structure, code sets, check symbol,
 * start/stop) is read here, independently of the encoders.
 */
final class BarcodeReader {

	private static final Map<String, Integer> CODE_128 = new HashMap<>();
	private static final Map<String, Character> CODABAR = new HashMap<>();

	static {
		for (int value = 0; value <= 106; value++) {
			CODE_128.put(Code128.symbolWidths(value), value);
		}
		for (char c : "0123456789-$:/.+ABCD".toCharArray()) {
			CODABAR.put(Codabar.symbolWidths(c).replace('3', 'w').replace('1', 'n'), c);
		}
	}

	private BarcodeReader() {
	}

	/** The symbol values of Code 128 bars, start to check symbol; the structure and check symbol verified. */
	static List<Integer> code128Values(int[] widths) {
		assertEquals(0, (widths.length - 7) % 6, "6 elements per symbol and 7 for the stop: " + widths.length);
		List<Integer> values = new ArrayList<>();
		for (int at = 0; at + 7 < widths.length; at += 6) {
			int[] symbol = Arrays.copyOfRange(widths, at, at + 6);
			assertEquals(11, Arrays.stream(symbol).sum(), "11 modules in symbol " + values.size());
			Integer value = CODE_128.get(join(symbol));
			if (value == null) {
				fail("no Code 128 symbol " + join(symbol) + " at element " + at);
			}
			values.add(value);
		}
		assertEquals("2331112", join(Arrays.copyOfRange(widths, widths.length - 7, widths.length)), "stop");
		int sum = values.get(0);
		for (int i = 1; i < values.size() - 1; i++) {
			sum += i * values.get(i);
		}
		assertEquals(sum % 103, values.get(values.size() - 1), "check symbol");
		return values;
	}

	/** The text of Code 128 bars in code sets B and C. */
	static String readCode128(int[] widths) {
		List<Integer> values = code128Values(widths);
		int start = values.get(0);
		assertTrue(start == 104 || start == 105, "start B or C: " + start);
		boolean setC = start == 105;
		StringBuilder text = new StringBuilder();
		for (int value : values.subList(1, values.size() - 1)) {
			if (setC) {
				// in set C, 99 is the digits 99; 100 switches to set B
				if (value == 100) {
					setC = false;
				} else {
					assertTrue(value < 100, "a digit pair in set C: " + value);
					text.append(String.format("%02d", value));
				}
			} else if (value == 99) {
				setC = true;
			} else {
				assertTrue(value < 95, "a printable character in set B: " + value);
				text.append((char) (' ' + value));
			}
		}
		return text.toString();
	}

	/** The framed text of Codabar bars ("A31234000000017B"): each element narrow or wide by its width. */
	static String readCodabar(int[] widths) {
		assertEquals(7, widths.length % 8, "7 elements per character and a gap between: " + widths.length);
		int narrow = Arrays.stream(widths).min().orElseThrow();
		int widest = Arrays.stream(widths).max().orElseThrow();
		assertTrue(widest >= 2 * narrow, "wide elements at least twice the narrow: " + narrow + "/" + widest);
		double threshold = (narrow + widest) / 2.0;
		StringBuilder text = new StringBuilder();
		for (int at = 0; at < widths.length; at += 8) {
			StringBuilder elements = new StringBuilder();
			for (int e = 0; e < 7; e++) {
				elements.append(widths[at + e] > threshold ? 'w' : 'n');
			}
			Character c = CODABAR.get(elements.toString());
			if (c == null) {
				fail("no Codabar character " + elements + " at element " + at);
			}
			if (at + 7 < widths.length) {
				assertTrue(widths[at + 7] < threshold, "narrow gap after character " + at / 8);
			}
			text.append(c);
		}
		String framed = text.toString();
		assertTrue(framed.matches("[ABCD][0-9$:/.+\\-]+[ABCD]"), "start, data, stop: " + framed);
		return framed;
	}

	/** Runs of pixels as modules: the width of one module is the whole symbol's pixels over its modules. */
	static int[] code128Modules(int[] pixelRuns) {
		int symbols = (pixelRuns.length - 7) / 6;
		double module = Arrays.stream(pixelRuns).sum() / (double) (11 * symbols + 13);
		return Arrays.stream(pixelRuns).map(run -> (int) Math.round(run / module)).toArray();
	}

	private static String join(int[] widths) {
		StringBuilder s = new StringBuilder();
		for (int w : widths) {
			s.append(w);
		}
		return s.toString();
	}
}
