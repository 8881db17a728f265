package org.techserv.library.labels.barcode;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.internal.CharacterNames;
import org.techserv.library.labels.internal.Messages;

/**
 * Codabar (rationalised, as in ANSI/AIM BC3): digits and {@code - $ : / . +} between a start and a stop character
 * from A to D. Each character is four bars and three spaces, each narrow or wide; here a narrow element is one
 * module and a wide one three (the 3:1 ratio), and a narrow space separates the characters. No check digit: a
 * library's barcode carries its own.
 */
public final class Codabar {

	/** Start and stop used when the data does not bring its own. */
	public static final char DEFAULT_START = 'A';
	public static final char DEFAULT_STOP = 'B';
	/** Width of a wide element in modules; a narrow one is 1. */
	public static final int WIDE = 3;

	private static final String DATA = "0123456789-$:/.+"; //$NON-NLS-1$
	private static final String START_STOP = "ABCD"; //$NON-NLS-1$
	/**
	 * Narrow (n) and wide (w) of bar, space, bar, space, bar, space, bar for each of {@link #DATA} then A to D:
	 * 0-9, - and $ have one wide bar and one wide space; : / . + three wide bars; A-D one wide bar, two wide spaces.
	 */
	private static final String[] ELEMENTS = ("nnnnnww nnnnwwn nnnwnnw wwnnnnn nnwnnwn wnnnnwn nwnnnnw nwnnwnn " //$NON-NLS-1$
			+ "nwwnnnn wnnwnnn nnnwwnn nnwwnnn wnnnwnw wnwnnnw wnwnwnn nnwnwnw " //$NON-NLS-1$
			+ "nnwwnwn nwnwnnw nnnwnww nnnwwwn").split(" "); //$NON-NLS-1$ //$NON-NLS-2$

	private Codabar() {
	}

	/**
	 * The barcode of data. Data that begins and ends with a start/stop character (A-D, either case) keeps them;
	 * other data is framed by {@link #DEFAULT_START} and {@link #DEFAULT_STOP}. The text is the data without them.
	 *
	 * @throws IllegalArgumentException naming the value and the character when Codabar cannot say it
	 */
	public static BarPattern encode(String data) {
		if (data != null && data.length() >= 2 && isStartStop(data.charAt(0))
				&& isStartStop(data.charAt(data.length() - 1))) {
			return encode(data.substring(1, data.length() - 1), data.charAt(0), data.charAt(data.length() - 1));
		}
		return encode(data, DEFAULT_START, DEFAULT_STOP);
	}

	/** The barcode of data between the start and stop characters given (A-D). */
	public static BarPattern encode(String data, char start, char stop) {
		for (char frame : new char[] { start, stop }) {
			if (!isStartStop(frame)) {
				throw new IllegalArgumentException(NLS.bind(Messages.codabarBadStartStop, CharacterNames.describe(frame)));
			}
		}
		if (data == null || data.isEmpty()) {
			throw new IllegalArgumentException(Messages.barcodeEmpty);
		}
		for (int i = 0; i < data.length(); i++) {
			if (DATA.indexOf(data.charAt(i)) < 0) {
				String message = isStartStop(data.charAt(i)) ? Messages.codabarStartStopInside
						: Messages.codabarBadCharacter;
				throw new IllegalArgumentException(
						NLS.bind(message, new Object[] { data, CharacterNames.describe(data.codePointAt(i)), i + 1 }));
			}
		}
		String framed = Character.toUpperCase(start) + data + Character.toUpperCase(stop);
		int[] widths = new int[framed.length() * 8 - 1];
		for (int c = 0; c < framed.length(); c++) {
			String elements = ELEMENTS[index(framed.charAt(c))];
			for (int e = 0; e < 7; e++) {
				widths[c * 8 + e] = elements.charAt(e) == 'w' ? WIDE : 1;
			}
			if (c + 1 < framed.length()) {
				widths[c * 8 + 7] = 1; // the gap between characters
			}
		}
		return new BarPattern(Symbology.CODABAR, data, widths);
	}

	/** The seven element widths in modules of a Codabar character ("1111133" for 0). */
	public static String symbolWidths(char character) {
		if (DATA.indexOf(character) < 0 && !isStartStop(character)) {
			throw new IllegalArgumentException(NLS.bind(Messages.codabarNoSuchCharacter,
					CharacterNames.describe(character)));
		}
		return ELEMENTS[index(Character.toUpperCase(character))].replace('n', '1').replace('w',
				(char) ('0' + WIDE));
	}

	private static boolean isStartStop(char c) {
		return "ABCDabcd".indexOf(c) >= 0; //$NON-NLS-1$
	}

	private static int index(char c) {
		int data = DATA.indexOf(c);
		return data >= 0 ? data : DATA.length() + START_STOP.indexOf(Character.toUpperCase(c));
	}
}
