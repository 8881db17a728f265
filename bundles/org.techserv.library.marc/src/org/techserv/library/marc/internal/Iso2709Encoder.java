package org.techserv.library.marc.internal;

import java.util.Arrays;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;

/**
 * Writes a record as UTF-8 ISO 2709 straight from the model, byte for byte what marc4j's writer makes of it but
 * without building marc4j's objects and streams first (the store encodes every record it saves; an import
 * thousands a second). Records of an unusual shape (leader not 24 plain characters, tags not three ASCII
 * characters, a field over 9,999 bytes) are left to marc4j.
 */
public final class Iso2709Encoder {

	private static final int SUBFIELD = 0x1F;
	private static final int FIELD_END = 0x1E;
	private static final int RECORD_END = 0x1D;
	/** Each thread encodes into its own buffer; only the result is a new array. */
	private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

	private Iso2709Encoder() {
	}

	/** The record's bytes with leader/09 'a', or null when marc4j should write it. */
	public static byte[] write(BibliographicRecord record) {
		String leader = record.getLeader() == null || record.getLeader().length() != 24 ? "00000nam a2200000 a 4500" //$NON-NLS-1$
				: record.getLeader();
		if (!plainLeader(leader)) {
			return null;
		}
		int fields = record.getControlFields().size() + record.getDataFields().size();
		int base = 24 + fields * 12 + 1;
		Buffer out = BUFFERS.get();
		out.reset(base);
		int entry = 24;
		for (ControlField field : record.getControlFields()) {
			int start = out.size;
			if (field.getValue() == null) {
				return null;
			}
			out.utf8(field.getValue());
			out.put(FIELD_END);
			if (!out.entry(entry, field.getTag(), out.size - start, start - base)) {
				return null;
			}
			entry += 12;
		}
		for (DataField field : record.getDataFields()) {
			int start = out.size;
			out.put(field.getIndicator1());
			out.put(field.getIndicator2());
			for (Subfield subfield : field.getSubfields()) {
				out.put(SUBFIELD);
				out.put(subfield.getCode());
				if (subfield.getValue() != null) {
					out.utf8(subfield.getValue());
				}
			}
			out.put(FIELD_END);
			if (!out.entry(entry, field.getTag(), out.size - start, start - base)) {
				return null;
			}
			entry += 12;
		}
		out.bytes[base - 1] = FIELD_END;
		out.put(RECORD_END);
		int length = out.size;
		if (length > 99_999) {
			return null;
		}
		byte[] bytes = out.bytes;
		digits(bytes, 0, 5, length);
		for (int i = 5; i < 24; i++) {
			bytes[i] = (byte) leader.charAt(i);
		}
		bytes[9] = 'a';
		digits(bytes, 12, 5, base);
		return Arrays.copyOf(bytes, length);
	}

	/** Latin-1 characters, with the numbers marc4j reads from it (lengths, indicator and code counts) digits. */
	private static boolean plainLeader(String leader) {
		for (int i = 0; i < 24; i++) {
			char c = leader.charAt(i);
			boolean number = i < 5 || i == 10 || i == 11 || i >= 12 && i < 17;
			if (c > 0xFF || number && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static void digits(byte[] target, int from, int count, int value) {
		for (int i = from + count - 1; i >= from; i--) {
			target[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
	}

	/** A growing byte array: the directory is written in place, the fields after it. */
	private static final class Buffer {
		byte[] bytes = new byte[4096];
		int size;

		void reset(int start) {
			ensure(start);
			size = start;
		}

		void put(int b) {
			ensure(size + 1);
			bytes[size++] = (byte) b;
		}

		/** As String.getBytes(UTF_8) encodes: a lone surrogate becomes '?'. */
		void utf8(String text) {
			ensure(size + text.length() * 3);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c < 0x80) {
					bytes[size++] = (byte) c;
				} else if (c < 0x800) {
					bytes[size++] = (byte) (0xC0 | c >> 6);
					bytes[size++] = (byte) (0x80 | c & 0x3F);
				} else if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					int code = Character.toCodePoint(c, text.charAt(++i));
					bytes[size++] = (byte) (0xF0 | code >> 18);
					bytes[size++] = (byte) (0x80 | code >> 12 & 0x3F);
					bytes[size++] = (byte) (0x80 | code >> 6 & 0x3F);
					bytes[size++] = (byte) (0x80 | code & 0x3F);
				} else if (Character.isSurrogate(c)) {
					bytes[size++] = '?';
				} else {
					bytes[size++] = (byte) (0xE0 | c >> 12);
					bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
					bytes[size++] = (byte) (0x80 | c & 0x3F);
				}
			}
		}

		boolean entry(int at, String tag, int length, int start) {
			if (tag == null || tag.length() != 3 || length > 9_999 || start > 99_999) {
				return false;
			}
			for (int i = 0; i < 3; i++) {
				if (tag.charAt(i) > 0x7F) {
					return false;
				}
				bytes[at + i] = (byte) tag.charAt(i);
			}
			digits(bytes, at + 3, 4, length);
			digits(bytes, at + 7, 5, start);
			return true;
		}

		private void ensure(int capacity) {
			if (capacity > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
			}
		}
	}
}
