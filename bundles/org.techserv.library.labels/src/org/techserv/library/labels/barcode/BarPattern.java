package org.techserv.library.labels.barcode;

import java.util.Arrays;
import java.util.Objects;

/**
 * A barcode as widths: bar, space, bar, … in modules (the narrowest element is one module wide), starting and
 * ending with a bar, without the quiet zones around it; and the text printed under it for people.
 */
public final class BarPattern {

	private final Symbology symbology;
	private final String text;
	private final int[] widths;

	BarPattern(Symbology symbology, String text, int[] widths) {
		if (widths.length % 2 == 0) {
			throw new IllegalStateException("a pattern starts and ends with a bar: " + widths.length); //$NON-NLS-1$
		}
		this.symbology = Objects.requireNonNull(symbology);
		this.text = Objects.requireNonNull(text);
		this.widths = widths.clone();
	}

	public Symbology symbology() {
		return symbology;
	}

	/** What the barcode says, as printed under the bars. */
	public String text() {
		return text;
	}

	/** Bar and space widths in modules, alternating, the first a bar. */
	public int[] widths() {
		return widths.clone();
	}

	public int elementCount() {
		return widths.length;
	}

	/** Width in modules of element i (0-based). */
	public int width(int element) {
		return widths[element];
	}

	/** Even elements are bars, odd ones spaces. */
	public static boolean isBar(int element) {
		return element % 2 == 0;
	}

	/** How many bars (dark rectangles) the pattern has. */
	public int barCount() {
		return (widths.length + 1) / 2;
	}

	/** Total width in modules, quiet zones not counted. */
	public int moduleCount() {
		return Arrays.stream(widths).sum();
	}

	/** The modules as a string of '1' (dark) and '0' (light), for comparing and for tests. */
	public String modules() {
		StringBuilder modules = new StringBuilder(moduleCount());
		for (int i = 0; i < widths.length; i++) {
			modules.append(String.valueOf(isBar(i) ? '1' : '0').repeat(widths[i]));
		}
		return modules.toString();
	}

	@Override
	public String toString() {
		return symbology + " " + text + " " + modules(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
