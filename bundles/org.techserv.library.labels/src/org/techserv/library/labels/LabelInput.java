package org.techserv.library.labels;

/**
 * What one item's labels show; plain values, so labels can be printed for anything ({@link ItemLabels} makes
 * them from items). A value may be null when the label printed does not show it.
 *
 * @param barcode    the item's barcode, for barcode labels
 * @param callNumber the call number, for spine labels
 * @param shortTitle a short title, printed small above the bars
 * @param location   the shelving location, printed above the call number when spine labels ask for it
 */
public record LabelInput(String barcode, String callNumber, String shortTitle, String location) {

	/** Blank values become null, the rest lose surrounding spaces. */
	public LabelInput {
		barcode = clean(barcode);
		callNumber = clean(callNumber);
		shortTitle = clean(shortTitle);
		location = clean(location);
	}

	/** How a message names this label: its short title, else its barcode, else its call number. */
	public String describe() {
		if (shortTitle != null) {
			return shortTitle;
		}
		return barcode != null ? barcode : callNumber == null ? "" : callNumber; //$NON-NLS-1$
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
