package org.techserv.library.marc.internal;

import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;

/**
 * Checks a framed ISO 2709 record before it is decoded: leader, directory and field terminators, and for
 * records that declare UTF-8 (leader/09 'a') that the bytes are UTF-8. marc4j is lenient about such damage and
 * guesses; a guessed record is a wrong record in the catalogue, so these are refused instead.
 */
public final class Iso2709Check {

	private static final int FIELD_END = 0x1E;

	private Iso2709Check() {
	}

	/** What is wrong with the record, or null when its structure is sound. */
	public static String problem(byte[] record) {
		if (record.length < 25) {
			return NLS.bind(Messages.lengthTooShort, record.length);
		}
		String leader = new String(record, 0, 24, StandardCharsets.ISO_8859_1);
		String base = leader.substring(12, 17);
		if (!digits(base, 0, 5)) {
			return NLS.bind(Messages.badBaseAddress, base);
		}
		int dataStart = Integer.parseInt(base);
		if (dataStart < 25 || dataStart > record.length || (dataStart - 25) % 12 != 0) {
			return NLS.bind(Messages.badBaseAddress, base);
		}
		if ((record[dataStart - 1] & 0xFF) != FIELD_END) {
			return Messages.directoryUnterminated;
		}
		char encoding = leader.charAt(9);
		if (encoding != ' ' && encoding != 'a') {
			return NLS.bind(Messages.unknownEncoding, encoding);
		}
		// read from the bytes: a string per entry was most of what checking a record cost
		for (int entry = 24; entry < dataStart - 1; entry += 12) {
			if (!alphanumeric(record, entry, entry + 3) || number(record, entry + 3, entry + 12) < 0) {
				String text = new String(record, entry, 12, StandardCharsets.ISO_8859_1);
				return NLS.bind(Messages.badDirectoryEntry, (entry - 24) / 12 + 1, printable(text));
			}
			int length = number(record, entry + 3, entry + 7);
			int start = number(record, entry + 7, entry + 12);
			int end = dataStart + start + length;
			if (length == 0 || end > record.length - 1) {
				return NLS.bind(Messages.fieldOutside, new String(record, entry, 3, StandardCharsets.ISO_8859_1), start);
			}
			if ((record[end - 1] & 0xFF) != FIELD_END) {
				return NLS.bind(Messages.fieldUnterminated, new String(record, entry, 3, StandardCharsets.ISO_8859_1),
						start);
			}
		}
		if (encoding == 'a' && !utf8(record, dataStart, record.length)) {
			return Messages.notUtf8;
		}
		return null;
	}

	/**
	 * Whether the bytes are well-formed UTF-8 as the JDK's strict decoder has it (shortest forms only, no
	 * surrogates, nothing above U+10FFFF), checked without decoding them.
	 */
	static boolean utf8(byte[] bytes, int from, int to) {
		int i = from;
		while (i < to) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length;
			int lowest = 0x80;
			int highest = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				length = 2;
			} else if (b >= 0xE0 && b <= 0xEF) {
				length = 3;
				lowest = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
				highest = b == 0xED ? 0x9F : 0xBF; // no surrogates
			} else if (b >= 0xF0 && b <= 0xF4) {
				length = 4;
				lowest = b == 0xF0 ? 0x90 : 0x80;
				highest = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
			} else {
				return false;
			}
			if (i + length > to) {
				return false;
			}
			int second = bytes[i + 1] & 0xFF;
			if (second < lowest || second > highest) {
				return false;
			}
			for (int k = 2; k < length; k++) {
				int next = bytes[i + k] & 0xFF;
				if (next < 0x80 || next > 0xBF) {
					return false;
				}
			}
			i += length;
		}
		return true;
	}

	/** Whether {@code text} has ASCII digits from {@code from} to {@code to} (regular expressions cost too much per field). */
	public static boolean digits(String text, int from, int to) {
		if (text == null || text.length() < to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** The ASCII digits from {@code from} to {@code to} as a number; -1 when one is not a digit. */
	private static int number(byte[] bytes, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			int digit = bytes[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	private static boolean alphanumeric(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			int c = bytes[i];
			if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
				return false;
			}
		}
		return true;
	}

	private static String printable(String text) {
		StringBuilder shown = new StringBuilder();
		for (char c : text.toCharArray()) {
			shown.append(c >= 0x20 && c < 0x7F ? c : '?');
		}
		return shown.toString();
	}
}
