package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.techserv.library.labels.barcode.BarPattern;
import org.techserv.library.labels.barcode.Codabar;
import org.techserv.library.labels.barcode.Code128;
import org.techserv.library.labels.barcode.Symbology;

/** Random library barcodes encoded and read back by {@link BarcodeReader}. */
class RoundTripTest {

	private final Random random = new Random(20261128);

	@Test
	void fourteenDigitLibraryBarcodesInCode128() {
		for (int i = 0; i < 2000; i++) {
			String barcode = libraryBarcode();
			BarPattern pattern = Code128.encode(barcode);

			assertEquals(barcode, BarcodeReader.readCode128(pattern.widths()));
			// all digits: start C, seven pairs, check symbol
			assertEquals(9, BarcodeReader.code128Values(pattern.widths()).size(), barcode);
		}
	}

	@Test
	void alphanumericBarcodesInCode128() {
		for (int i = 0; i < 3000; i++) {
			String barcode = mixed(1 + random.nextInt(24));
			assertEquals(barcode, BarcodeReader.readCode128(Code128.encode(barcode).widths()), barcode);
		}
	}

	@Test
	void code128IsNeverLongerThanSetBAlone() {
		for (int i = 0; i < 1000; i++) {
			String barcode = mixed(1 + random.nextInt(24));
			// set B alone: start, one symbol per character, check
			int setBOnly = barcode.length() + 2;
			int symbols = Code128.codewords(barcode).length;
			assertTrue(symbols <= setBOnly, barcode + ": " + symbols + " symbols");
		}
	}

	@Test
	void libraryBarcodesInCodabar() {
		for (int i = 0; i < 2000; i++) {
			String barcode = libraryBarcode();
			char start = "ABCD".charAt(random.nextInt(4));
			char stop = "ABCD".charAt(random.nextInt(4));
			BarPattern pattern = Codabar.encode(barcode, start, stop);

			assertEquals(start + barcode + stop, BarcodeReader.readCodabar(pattern.widths()));
			assertEquals(barcode, pattern.text());
		}
	}

	@Test
	void everyCodabarDataCharacter() {
		for (int i = 0; i < 1000; i++) {
			StringBuilder data = new StringBuilder();
			for (int n = 1 + random.nextInt(20); n > 0; n--) {
				data.append("0123456789-$:/.+".charAt(random.nextInt(16)));
			}
			assertEquals("A" + data + "B",
					BarcodeReader.readCodabar(Symbology.CODABAR.encode(data.toString()).widths()));
		}
	}

	/** 14 digits as many libraries number items: 3, a 4-digit library code, 9 more digits. */
	private String libraryBarcode() {
		StringBuilder digits = new StringBuilder("3").append(1000 + random.nextInt(9000));
		for (int i = 0; i < 8; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.append(random.nextInt(10)).toString();
	}

	/** Letters, digits in runs of varied length, punctuation: what local barcode schemes print. */
	private String mixed(int length) {
		String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -./";
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			if (random.nextBoolean()) {
				for (int run = 1 + random.nextInt(9); run > 0 && text.length() < length; run--) {
					text.append((char) ('0' + random.nextInt(10)));
				}
			} else {
				text.append(random.nextInt(10) == 0 ? (char) (' ' + random.nextInt(95))
						: letters.charAt(random.nextInt(letters.length())));
			}
		}
		return text.toString();
	}
}
