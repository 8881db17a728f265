package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.labels.BarcodeLabelPdf;
import org.techserv.library.labels.ItemLabels;
import org.techserv.library.labels.LabelBox;
import org.techserv.library.labels.LabelInput;
import org.techserv.library.labels.LabelSheet;
import org.techserv.library.labels.PageSize;
import org.techserv.library.labels.barcode.BarPattern;
import org.techserv.library.labels.barcode.Symbology;

class BarcodeLabelPdfTest {

	private static final String LIBRARY = "Perpustakaan Kota Bandung";
	private static final float DPI = 600;

	@TempDir
	Path folder;

	/** The 60 real records with a call number, one item each, 14-digit barcodes. */
	private final List<LabelInput> labels = ItemLabels.of(RealRecords.itemsWithCallNumbers());

	@Test
	void eachLabelShowsLibraryTitleAndBarcodeAndHasOneRectanglePerBar() throws IOException {
		Path file = folder.resolve("barcodes.pdf");
		LabelSheet sheet = LabelSheet.ADDRESS_LETTER_3X10;
		BarcodeLabelPdf pdf = BarcodeLabelPdf.on(sheet, Symbology.CODE_128).withLibraryName(LIBRARY);

		pdf.write(labels, file, null);

		try (LabelPdf read = new LabelPdf(file, sheet)) {
			assertEquals(2, read.pages(), "60 labels, 30 a sheet");
			assertEquals("Barcode labels", read.title());
			for (int i = 0; i < labels.size(); i++) {
				int page = i / 30 + 1;
				List<String> lines = read.labelLines(page, i % 30 + 1);
				assertEquals(List.of(LIBRARY, labels.get(i).shortTitle(), labels.get(i).barcode()), lines);
			}
			for (int page = 1; page <= 2; page++) {
				List<Integer> bars = new ArrayList<>();
				for (LabelInput label : labels.subList((page - 1) * 30, Math.min(labels.size(), page * 30))) {
					bars.add(pdf.pattern(label).barCount());
				}
				assertEquals(bars, read.rectanglesPerFill(page), "one filled rectangle per bar, one fill per label");
			}
		}
	}

	@Test
	void printedCode128BarsScanBackToTheBarcodeWithQuietZones() throws IOException {
		Path file = folder.resolve("barcodes.pdf");
		LabelSheet sheet = LabelSheet.ADDRESS_LETTER_3X10;
		BarcodeLabelPdf pdf = BarcodeLabelPdf.on(sheet, Symbology.CODE_128).withLibraryName(LIBRARY).startingAt(4);

		pdf.write(labels.subList(0, 27), file, null);

		try (LabelPdf read = new LabelPdf(file, sheet)) {
			assertEquals(1, read.pages());
			BufferedImage page = read.render(1, DPI);
			for (int position : new int[] { 4, 5, 6, 17, 30 }) {
				LabelInput label = labels.get(position - 4);
				Scan scan = Scan.of(page, sheet.box(position));
				int[] modules = BarcodeReader.code128Modules(scan.runs());

				assertEquals(label.barcode(), BarcodeReader.readCode128(modules), "position " + position);
				double module = scan.width() / (double) pdf.pattern(label).moduleCount();
				assertTrue(scan.left() >= 10 * module && scan.right() >= 10 * module,
						"quiet zones of 10 modules: " + scan);
			}
			assertEquals(0, Scan.darkPixels(page, sheet.box(1)), "used labels stay blank");
		}
	}

	@Test
	void printedCodabarBarsScanBackToTheBarcodeWithQuietZones() throws IOException {
		Path file = folder.resolve("codabar.pdf");
		LabelSheet sheet = LabelSheet.BARCODE_A4_3X8;
		BarcodeLabelPdf pdf = BarcodeLabelPdf.on(sheet, Symbology.CODABAR);

		pdf.write(labels.subList(0, 24), file, null);

		try (LabelPdf read = new LabelPdf(file, sheet)) {
			BufferedImage page = read.render(1, DPI);
			for (int position : new int[] { 1, 2, 3, 12, 24 }) {
				LabelInput label = labels.get(position - 1);
				Scan scan = Scan.of(page, sheet.box(position));

				assertEquals("A" + label.barcode() + "B", BarcodeReader.readCodabar(scan.runs()));
				assertEquals(List.of(label.shortTitle(), label.barcode()), read.labelLines(1, position));
				// here the label's width sets the module: the quiet zones are what keeps the bars off the edges
				double module = scan.width() / (double) pdf.pattern(label).moduleCount();
				assertTrue(scan.left() >= 10 * module && scan.right() >= 10 * module,
						"quiet zones of 10 modules: " + scan);
			}
		}
	}

	@Test
	void onALowLabelTheTitleGivesWayFirst() throws IOException {
		Path file = folder.resolve("low.pdf");
		LabelSheet low = new LabelSheet("Low", PageSize.A4, 2, 10, 80, 18, 10, 10, 5, 2);
		LabelSheet lower = new LabelSheet("Lower", PageSize.A4, 2, 10, 80, 14, 10, 10, 5, 2);

		BarcodeLabelPdf.on(low, Symbology.CODE_128).withLibraryName(LIBRARY).write(labels.subList(0, 2), file, null);
		try (LabelPdf read = new LabelPdf(file, low)) {
			assertEquals(List.of(LIBRARY, labels.get(0).barcode()), read.labelLines(1, 1));
		}
		BarcodeLabelPdf.on(lower, Symbology.CODE_128).withLibraryName(LIBRARY).write(labels.subList(0, 2), file, null);
		try (LabelPdf read = new LabelPdf(file, lower)) {
			assertEquals(List.of(labels.get(0).barcode()), read.labelLines(1, 1));
			BufferedImage page = read.render(1, DPI);
			assertEquals(labels.get(1).barcode(),
					BarcodeReader.readCode128(BarcodeReader.code128Modules(Scan.of(page, lower.box(2)).runs())));
		}
	}

	@Test
	void whatCannotBePrintedIsNamedAndNothingIsWritten() {
		Path file = folder.resolve("barcodes.pdf");
		List<LabelInput> some = List.of(labels.get(0), new LabelInput(null, "QA76", "No barcode yet", null),
				new LabelInput("31234-ABC", null, "Lettered", null));

		BarcodeLabelPdf codabar = BarcodeLabelPdf.on(LabelSheet.BARCODE_A4_3X8, Symbology.CODABAR);
		List<String> problems = codabar.problems(some);

		assertEquals(2, problems.size(), problems.toString());
		assertEquals("Label 2 (No barcode yet) has no barcode.", problems.get(0));
		assertTrue(problems.get(1).startsWith("Label 3 (Lettered): Codabar cannot encode the barcode \"31234-ABC\""),
				problems.get(1));
		assertTrue(problems.get(1).contains("\"A\" (U+0041) at position 7"), problems.get(1));
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> codabar.write(some, file, null));
		assertTrue(refused.getMessage().startsWith("2 labels cannot be printed"), refused.getMessage());
		assertFalse(Files.exists(file));

		// 14 digits in Codabar need 41 mm at the narrowest bars: more than a spine label has
		String tooLong = BarcodeLabelPdf.on(LabelSheet.SPINE_A4_5X13, Symbology.CODABAR).problems(labels.subList(0, 1))
				.get(0);
		assertTrue(tooLong.contains(labels.get(0).barcode()) && tooLong.contains("35.1 mm"), tooLong);
		assertTrue(BarcodeLabelPdf.on(LabelSheet.SPINE_A4_5X13, Symbology.CODE_128).problems(labels).isEmpty(),
				"Code 128 packs the digits in pairs and fits");

		LabelSheet tiny = new LabelSheet("Tiny", PageSize.A4, 2, 10, 80, 8, 10, 10, 5, 2);
		assertTrue(BarcodeLabelPdf.on(tiny, Symbology.CODE_128).problems(labels.subList(0, 1)).get(0)
				.contains("too low"));
	}

	@Test
	void cancellingWritesNothing() {
		Path file = folder.resolve("barcodes.pdf");
		SpineLabelPdfTest.CancelAfter monitor = new SpineLabelPdfTest.CancelAfter(5);

		assertThrows(OperationCanceledException.class, () -> BarcodeLabelPdf
				.on(LabelSheet.ADDRESS_LETTER_3X10, Symbology.CODE_128).write(labels, file, monitor));

		assertFalse(Files.exists(file));
	}

	/**
	 * One scan line through the bars of a label on a rendered page: the row in the middle of the tallest bar near
	 * the label's centre, read as runs of dark and light pixels from the first bar to the last.
	 *
	 * @param left  light pixels between the label's edge and the first bar
	 * @param right light pixels between the last bar and the label's edge
	 */
	record Scan(int[] runs, int left, int right) {

		int width() {
			int sum = 0;
			for (int run : runs) {
				sum += run;
			}
			return sum;
		}

		static Scan of(BufferedImage page, LabelBox box) {
			double scale = DPI / 25.4;
			int x0 = (int) Math.ceil(box.left() * scale);
			int x1 = (int) Math.floor((box.left() + box.width()) * scale) - 1;
			int y0 = (int) Math.ceil(box.top() * scale);
			int y1 = (int) Math.floor((box.top() + box.height()) * scale) - 1;
			int row = barRow(page, (x0 + x1) / 2, y0, y1);
			List<Integer> runs = new ArrayList<>();
			int first = -1;
			int last = -1;
			for (int x = x0; x <= x1; x++) {
				boolean dark = dark(page, x, row);
				if (dark) {
					if (first < 0) {
						first = x;
					}
					last = x;
				}
			}
			boolean inBar = true;
			int length = 0;
			for (int x = first; x <= last; x++) {
				if (dark(page, x, row) == inBar) {
					length++;
				} else {
					runs.add(length);
					inBar = !inBar;
					length = 1;
				}
			}
			runs.add(length);
			return new Scan(runs.stream().mapToInt(Integer::intValue).toArray(), first - x0, x1 - last);
		}

		static int darkPixels(BufferedImage page, LabelBox box) {
			double scale = DPI / 25.4;
			int count = 0;
			for (int y = (int) (box.top() * scale); y < (box.top() + box.height()) * scale; y++) {
				for (int x = (int) (box.left() * scale); x < (box.left() + box.width()) * scale; x++) {
					count += dark(page, x, y) ? 1 : 0;
				}
			}
			return count;
		}

		/** The middle of the tallest dark column near the centre: a bar, not a letter. */
		private static int barRow(BufferedImage page, int centre, int y0, int y1) {
			int bestLength = 0;
			int bestMiddle = (y0 + y1) / 2;
			for (int x = centre - 60; x <= centre + 60; x++) {
				int length = 0;
				for (int y = y0; y <= y1 + 1; y++) {
					if (y <= y1 && dark(page, x, y)) {
						length++;
					} else {
						if (length > bestLength) {
							bestLength = length;
							bestMiddle = y - length / 2;
						}
						length = 0;
					}
				}
			}
			return bestMiddle;
		}

		private static boolean dark(BufferedImage page, int x, int y) {
			return (page.getRGB(x, y) & 0xFFFFFF) == 0;
		}
	}
}
