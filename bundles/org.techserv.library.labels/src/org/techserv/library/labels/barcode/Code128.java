package org.techserv.library.labels.barcode;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.internal.CharacterNames;
import org.techserv.library.labels.internal.Messages;

/**
 * Code 128 (ISO/IEC 15417) in code sets B and C: any printable ASCII character, and runs of digits packed two to
 * a symbol in set C where that makes the barcode shorter (a 14-digit library barcode is 7 symbols). Each symbol is
 * three bars and three spaces, 11 modules; the check symbol is the start value plus each symbol's value times its
 * position, modulo 103.
 */
public final class Code128 {

	/** Symbol values that are not data. */
	public static final int CODE_C = 99;
	public static final int CODE_B = 100;
	public static final int START_B = 104;
	public static final int START_C = 105;
	public static final int STOP = 106;

	/** Bar/space widths of the symbols with values 0 to 106, as the symbology's table defines them. */
	private static final String[] WIDTHS = ("" //$NON-NLS-1$
			+ "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 " // 0-9 //$NON-NLS-1$
			+ "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 " // 10-19 //$NON-NLS-1$
			+ "221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 " // 20-29 //$NON-NLS-1$
			+ "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 " // 30-39 //$NON-NLS-1$
			+ "231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 " // 40-49 //$NON-NLS-1$
			+ "231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 " // 50-59 //$NON-NLS-1$
			+ "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 " // 60-69 //$NON-NLS-1$
			+ "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 " // 70-79 //$NON-NLS-1$
			+ "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 " // 80-89 //$NON-NLS-1$
			+ "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 " // 90-99 //$NON-NLS-1$
			+ "114131 311141 411131 211412 211214 211232 2331112 " // 100-106 //$NON-NLS-1$
	).strip().split(" "); //$NON-NLS-1$

	private Code128() {
	}

	/**
	 * The barcode of data, its text being data.
	 *
	 * @throws IllegalArgumentException naming the value and the character when data is empty or has a character
	 *                                  outside printable ASCII (space to ~)
	 */
	public static BarPattern encode(String data) {
		int[] codewords = codewords(data);
		StringBuilder widths = new StringBuilder();
		for (int value : codewords) {
			widths.append(WIDTHS[value]);
		}
		widths.append(WIDTHS[STOP]);
		return new BarPattern(Symbology.CODE_128, data, widths.chars().map(c -> c - '0').toArray());
	}

	/**
	 * The symbol values of data's barcode: the start symbol, the data (with code set changes), the check symbol;
	 * the stop symbol (106) follows them in the bars.
	 */
	public static int[] codewords(String data) {
		check(data);
		List<Integer> values = new ArrayList<>();
		int leading = digitRun(data, 0);
		boolean setC = leading == data.length() && leading == 2 || leading >= 4;
		values.add(setC ? START_C : START_B);
		int i = 0;
		while (i < data.length()) {
			int run = digitRun(data, i);
			if (setC) {
				if (run >= 2) {
					values.add(Integer.parseInt(data.substring(i, i + 2)));
					i += 2;
				} else {
					values.add(CODE_B);
					setC = false;
				}
			} else if (run >= 6 || run >= 4 && i + run == data.length()) {
				// worth set C: an odd digit goes first in set B, so that the rest pairs up
				if (run % 2 == 1) {
					values.add(data.charAt(i++) - ' ');
				}
				values.add(CODE_C);
				setC = true;
			} else {
				values.add(data.charAt(i++) - ' ');
			}
		}
		int sum = values.get(0);
		for (int position = 1; position < values.size(); position++) {
			sum += position * values.get(position);
		}
		values.add(sum % 103);
		return values.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The six bar/space widths of the symbol with value 0 to 105, or the stop symbol's seven (106). */
	public static String symbolWidths(int value) {
		if (value < 0 || value >= WIDTHS.length) {
			throw new IllegalArgumentException(NLS.bind(Messages.code128NoSuchSymbol, value));
		}
		return WIDTHS[value];
	}

	private static void check(String data) {
		if (data == null || data.isEmpty()) {
			throw new IllegalArgumentException(Messages.barcodeEmpty);
		}
		for (int i = 0; i < data.length(); i++) {
			char c = data.charAt(i);
			if (c < ' ' || c > '~') {
				throw new IllegalArgumentException(NLS.bind(Messages.code128BadCharacter,
						new Object[] { data, CharacterNames.describe(data.codePointAt(i)), i + 1 }));
			}
		}
	}

	private static int digitRun(String data, int from) {
		int end = from;
		while (end < data.length() && data.charAt(end) >= '0' && data.charAt(end) <= '9') {
			end++;
		}
		return end - from;
	}
}
