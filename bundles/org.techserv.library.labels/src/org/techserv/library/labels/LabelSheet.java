package org.techserv.library.labels;

import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.internal.Messages;

/**
 * A sheet of labels: the paper, how many columns and rows of labels, their size and where the first sits, all in
 * millimetres. Labels are counted 1, 2, 3 … along the top row, left to right, then row by row down the sheet.
 *
 * @param name          what the user picks the sheet by
 * @param leftMargin    from the page's left edge to the first column
 * @param topMargin     from the page's top edge to the first row
 * @param horizontalGap between two columns
 * @param verticalGap   between two rows
 */
public record LabelSheet(String name, PageSize pageSize, int columns, int rows, double labelWidth,
		double labelHeight, double leftMargin, double topMargin, double horizontalGap, double verticalGap) {

	/** Rounding in published sheet sizes: a layout may overhang the page by this much. */
	private static final double TOLERANCE = 0.05;
	private static final double MM_PER_INCH = 25.4;

	/** US Letter, 30 address labels of 2⅝ × 1 inch (66.7 × 25.4 mm) in 3 columns and 10 rows. */
	public static final LabelSheet ADDRESS_LETTER_3X10 = new LabelSheet(Messages.sheetAddressLetter3x10,
			PageSize.LETTER, 3, 10, 2.625 * MM_PER_INCH, 1.0 * MM_PER_INCH, 0.1875 * MM_PER_INCH, 0.5 * MM_PER_INCH,
			0.125 * MM_PER_INCH, 0);
	/** A4, 24 labels of 70 × 37 mm in 3 columns and 8 rows, edge to edge: room for a barcode and a title. */
	public static final LabelSheet BARCODE_A4_3X8 = new LabelSheet(Messages.sheetBarcodeA43x8, PageSize.A4, 3, 8,
			70, 37, 0, 0.5, 0, 0);
	/** A4, 65 small labels of 38.1 × 21.2 mm in 5 columns and 13 rows: one per spine. */
	public static final LabelSheet SPINE_A4_5X13 = new LabelSheet(Messages.sheetSpineA45x13, PageSize.A4, 5, 13,
			38.1, 21.2, 4.7, 10.7, 2.5, 0);

	public LabelSheet {
		Objects.requireNonNull(pageSize, "pageSize"); //$NON-NLS-1$
		name = name == null || name.isBlank() ? Messages.sheetUnnamed : name.strip();
		if (columns < 1 || rows < 1) {
			throw new IllegalArgumentException(NLS.bind(Messages.sheetNoLabels, new Object[] { name, columns, rows }));
		}
		if (!(labelWidth > 0) || !(labelHeight > 0)) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.sheetLabelSize, new Object[] { name, mm(labelWidth), mm(labelHeight) }));
		}
		if (!(leftMargin >= 0 && topMargin >= 0 && horizontalGap >= 0 && verticalGap >= 0)) {
			throw new IllegalArgumentException(NLS.bind(Messages.sheetNegativeSpacing, name));
		}
		double width = leftMargin + columns * labelWidth + (columns - 1) * horizontalGap;
		if (width > pageSize.width() + TOLERANCE) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.sheetTooWide, new Object[] { name, mm(width), mm(pageSize.width()) }));
		}
		double height = topMargin + rows * labelHeight + (rows - 1) * verticalGap;
		if (height > pageSize.height() + TOLERANCE) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.sheetTooTall, new Object[] { name, mm(height), mm(pageSize.height()) }));
		}
	}

	/** The sheets this bundle knows, for the user to pick from. */
	public static List<LabelSheet> presets() {
		return List.of(SPINE_A4_5X13, BARCODE_A4_3X8, ADDRESS_LETTER_3X10);
	}

	public int labelsPerSheet() {
		return columns * rows;
	}

	/**
	 * How many sheets count labels take when printing starts at startPosition of the first sheet (the labels
	 * before it having been used already).
	 */
	public int sheetsFor(int count, int startPosition) {
		checkPosition(startPosition);
		if (count < 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.negativeCount, count));
		}
		return count == 0 ? 0 : (startPosition - 1 + count + labelsPerSheet() - 1) / labelsPerSheet();
	}

	/** Where the label at position (1 to {@link #labelsPerSheet()}) sits on the sheet. */
	public LabelBox box(int position) {
		checkPosition(position);
		int column = (position - 1) % columns;
		int row = (position - 1) / columns;
		return new LabelBox(leftMargin + column * (labelWidth + horizontalGap),
				topMargin + row * (labelHeight + verticalGap), labelWidth, labelHeight);
	}

	/** @throws IllegalArgumentException when position is not a label of this sheet */
	public void checkPosition(int position) {
		if (position < 1 || position > labelsPerSheet()) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.positionOffSheet, new Object[] { position, name, labelsPerSheet() }));
		}
	}

	@Override
	public String toString() {
		return name;
	}

	private static String mm(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f", value); //$NON-NLS-1$
	}
}
