package org.techserv.library.marc.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
		for (int entry = 24; entry < dataStart - 1; entry += 12) {
			String text = new String(record, entry, 12, StandardCharsets.ISO_8859_1);
			if (!alphanumeric(text, 0, 3) || !digits(text, 3, 12)) {
				return NLS.bind(Messages.badDirectoryEntry, (entry - 24) / 12 + 1, printable(text));
			}
			int length = Integer.parseInt(text.substring(3, 7));
			int start = Integer.parseInt(text.substring(7, 12));
			int end = dataStart + start + length;
			if (length == 0 || end > record.length - 1) {
				return NLS.bind(Messages.fieldOutside, text.substring(0, 3), start);
			}
			if ((record[end - 1] & 0xFF) != FIELD_END) {
				return NLS.bind(Messages.fieldUnterminated, text.substring(0, 3), start);
			}
		}
		if (encoding == 'a') {
			try {
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(record, dataStart, record.length - dataStart));
			} catch (CharacterCodingException e) {
				return Messages.notUtf8;
			}
		}
		return null;
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

	private static boolean alphanumeric(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
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
