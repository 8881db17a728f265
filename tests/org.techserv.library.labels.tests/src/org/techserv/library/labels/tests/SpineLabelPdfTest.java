package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.labels.CallNumberLines;
import org.techserv.library.labels.ItemLabels;
import org.techserv.library.labels.LabelBox;
import org.techserv.library.labels.LabelInput;
import org.techserv.library.labels.LabelSheet;
import org.techserv.library.labels.SpineLabelPdf;

class SpineLabelPdfTest {

	@TempDir
	Path folder;

	/** The 60 real records with a call number, one item each. */
	private final List<LabelInput> labels = ItemLabels.of(RealRecords.itemsWithCallNumbers());

	@Test
	void everyLabelShowsItsCallNumberLinesInOrder() throws IOException {
		Path file = folder.resolve("spine.pdf");
		LabelSheet sheet = LabelSheet.SPINE_A4_5X13;

		SpineLabelPdf.on(sheet).write(labels, file, new NullProgressMonitor());

		try (LabelPdf pdf = new LabelPdf(file, sheet)) {
			assertEquals(1, pdf.pages(), "60 labels on a sheet of 65");
			assertEquals("Spine labels", pdf.title());
			for (int i = 0; i < labels.size(); i++) {
				List<String> expected = CallNumberLines.split(labels.get(i).callNumber()).lines();
				assertEquals(expected, pdf.labelLines(1, i + 1), labels.get(i).callNumber());
			}
			assertEquals(List.of(), pdf.labelLines(1, 61), "the rest of the sheet stays blank");
			assertEquals(List.of("RC", "71.3", ".W67", "1971"), pdf.labelLines(1, 3), "a hand-checked label");
		}
	}

	@Test
	void typeIsAsLargeAsTheLabelAllowsAndStaysOnItsLabel() throws IOException {
		Path file = folder.resolve("spine.pdf");
		LabelSheet sheet = LabelSheet.SPINE_A4_5X13;

		SpineLabelPdf.on(sheet).write(labels, file, null);

		try (LabelPdf pdf = new LabelPdf(file, sheet)) {
			float[] largest = new float[labels.size()];
			for (LabelPdf.Glyph glyph : pdf.glyphs(1)) {
				int label = labelUnder(sheet, glyph);
				assertTrue(label >= 0 && label < labels.size(), "drawn inside a printed label: " + glyph);
				largest[label] = Math.max(largest[label], glyph.size());
			}
			int shortest = indexOf("004");
			int tallest = indexOf("EMI Classics 7243 5 66462 2 3");
			assertEquals(12, largest[shortest], 0.01, "one short line: the largest type, 12 pt");
			assertTrue(largest[tallest] < 7, "seven lines share 21 mm: " + largest[tallest]);
			assertTrue(largest[tallest] >= 5, "never below 5 pt: " + largest[tallest]);
		}
	}

	@Test
	void aPartlyUsedSheetIsFilledFromTheStartPosition() throws IOException {
		Path file = folder.resolve("spine.pdf");
		LabelSheet sheet = LabelSheet.SPINE_A4_5X13;

		SpineLabelPdf.on(sheet).startingAt(40).write(labels, file, null);

		try (LabelPdf pdf = new LabelPdf(file, sheet)) {
			// 26 labels fill positions 40-65 of the first sheet, 34 go on the second
			assertEquals(2, pdf.pages());
			assertEquals(2, SpineLabelPdf.on(sheet).startingAt(40).sheetsFor(labels.size()));
			assertEquals(List.of(), pdf.labelLines(1, 39), "used labels stay untouched");
			assertEquals(lines(0), pdf.labelLines(1, 40));
			assertEquals(lines(25), pdf.labelLines(1, 65));
			assertEquals(lines(26), pdf.labelLines(2, 1));
			assertEquals(lines(59), pdf.labelLines(2, 34));
			assertEquals(List.of(), pdf.labelLines(2, 35));
		}
	}

	@Test
	void aNarrowLineWidthBreaksLongNumbersAndTheLocationCanGoOnTop() throws IOException {
		Path file = folder.resolve("spine.pdf");
		List<LabelInput> dewey = List.of(new LabelInput(null, "REF 641.5973 SMI", null, "Reference"),
				new LabelInput(null, "TK5105.875.I57 I56 1993", null, "Stacks"));

		SpineLabelPdf.on(LabelSheet.ADDRESS_LETTER_3X10).withMaxLineLength(6).withLocation(true).write(dewey, file,
				null);

		try (LabelPdf pdf = new LabelPdf(file, LabelSheet.ADDRESS_LETTER_3X10)) {
			assertEquals(List.of("Reference", "REF", "641.59", "73", "SMI"), pdf.labelLines(1, 1));
			assertEquals(List.of("Stacks", "TK", "5105", ".875", ".I57", "I56", "1993"), pdf.labelLines(1, 2));
		}
	}

	@Test
	void labelsWithoutCallNumberAreNamedAndNothingIsWritten() throws IOException {
		Path file = folder.resolve("spine.pdf");
		List<LabelInput> some = new ArrayList<>(labels.subList(0, 5));
		some.add(new LabelInput("31234000000999", null, "Technology programs that work", null));

		SpineLabelPdf pdf = SpineLabelPdf.on(LabelSheet.SPINE_A4_5X13);
		assertEquals(List.of("Label 6 (Technology programs that work) has no call number."), pdf.problems(some));
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> pdf.write(some, file, null));
		assertTrue(refused.getMessage().contains("Label 6 (Technology programs that work)"), refused.getMessage());
		assertFalse(Files.exists(file));
		assertEquals(List.of("There are no labels to print."), pdf.problems(List.of()));
		assertThrows(IllegalArgumentException.class, () -> pdf.startingAt(66));
	}

	@Test
	void cancellingLeavesTheOldFileAndNoPartialOne() throws IOException {
		Path file = folder.resolve("spine.pdf");
		SpineLabelPdf pdf = SpineLabelPdf.on(LabelSheet.SPINE_A4_5X13);
		pdf.write(labels.subList(0, 3), file, null);
		byte[] before = Files.readAllBytes(file);

		CancelAfter monitor = new CancelAfter(10);
		assertThrows(OperationCanceledException.class, () -> pdf.write(labels, file, monitor));

		assertTrue(monitor.worked >= 10 && monitor.worked < labels.size(), "stopped early: " + monitor.worked);
		assertArrayEquals(before, Files.readAllBytes(file), "the earlier sheet is still there");
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no part file left behind");
		}
	}

	@Test
	void aWrittenFileIsReadableLikeAnyOther() throws IOException {
		Path file = folder.resolve("spine.pdf");
		Path other = Files.writeString(folder.resolve("other.txt"), "x");

		SpineLabelPdf.on(LabelSheet.SPINE_A4_5X13).write(labels, file, null);

		assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(file));
		IOException noFolder = assertThrows(IOException.class, () -> SpineLabelPdf.on(LabelSheet.SPINE_A4_5X13)
				.write(labels, folder.resolve("missing/spine.pdf"), null));
		assertTrue(noFolder.getMessage().contains("missing"), noFolder.getMessage());
	}

	/** The label (0-based) whose box holds the whole glyph, or -1. */
	private static int labelUnder(LabelSheet sheet, LabelPdf.Glyph glyph) {
		for (int position = 1; position <= sheet.labelsPerSheet(); position++) {
			LabelBox box = sheet.box(position);
			if (glyph.left() >= box.left() && glyph.left() + glyph.width() <= box.left() + box.width()
					&& glyph.baseline() - glyph.size() / LabelPdf.POINTS_PER_MM >= box.top()
					&& glyph.baseline() <= box.top() + box.height()) {
				return position - 1;
			}
		}
		return -1;
	}

	private int indexOf(String callNumber) {
		for (int i = 0; i < labels.size(); i++) {
			if (callNumber.equals(labels.get(i).callNumber())) {
				return i;
			}
		}
		throw new AssertionError("no label " + callNumber);
	}

	private List<String> lines(int label) {
		return CallNumberLines.split(labels.get(label).callNumber()).lines();
	}

	/** A user pressing Cancel once some labels are done. */
	static final class CancelAfter extends NullProgressMonitor {
		private final int labels;
		int worked;

		CancelAfter(int labels) {
			this.labels = labels;
		}

		@Override
		public void worked(int work) {
			worked += work;
			if (worked >= labels) {
				setCanceled(true);
			}
		}
	}
}
