package org.techserv.library.search.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys the catalogue sorts by: accents and case dropped, punctuation folded to single spaces, and a title's
 * leading article left out as its 245 second indicator says ("The Magic flute" sorts under M).
 */
public final class SortKeys {

	/** Long enough to order any real list; short enough to keep the doc values small. */
	static final int MAX = 80;

	private SortKeys() {
	}

	public static String of(String text) {
		return of(text, 0);
	}

	/** @param skip leading characters that do not file (245 indicator 2), 0 for none */
	public static String of(String text, int skip) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String value = skip > 0 && skip < text.length() ? text.substring(skip) : text;
		boolean ascii = isAscii(value); // most keys: nothing to decompose, no accents to drop
		String plain = ascii ? value : Normalizer.normalize(value, Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(Math.min(plain.length(), MAX));
		boolean space = false;
		for (int i = 0; i < plain.length() && key.length() < MAX; i++) {
			char c = plain.charAt(i);
			if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (ascii ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
					: Character.isLetterOrDigit(c)) {
				if (space && !key.isEmpty()) {
					key.append(' ');
				}
				key.append(Character.toLowerCase(c));
				space = false;
			} else {
				space = true;
			}
		}
		return ascii ? key.toString() : key.toString().toLowerCase(Locale.ROOT);
	}

	static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** A call number as one key for prefix searches: lower case, accents folded, spaces dropped. */
	public static String callKey(String callNumber) {
		if (callNumber == null) {
			return ""; //$NON-NLS-1$
		}
		boolean ascii = isAscii(callNumber);
		String plain = ascii ? callNumber : Normalizer.normalize(callNumber, Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(plain.length());
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (!Character.isWhitespace(c) && (ascii || Character.getType(c) != Character.NON_SPACING_MARK)) {
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString();
	}
}
