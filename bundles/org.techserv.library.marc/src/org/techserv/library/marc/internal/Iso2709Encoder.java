package org.techserv.library.marc.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;

/**
 * Writes a record as UTF-8 ISO 2709 straight from the model, byte for byte what marc4j's writer makes of it but
 * without building marc4j's objects first (the store encodes every record it saves). Records of an unusual shape
 * (leader not 24 plain characters, tags not three ASCII characters, a field over 9,999 bytes) are left to marc4j.
 */
public final class Iso2709Encoder {

	private static final int SUBFIELD = 0x1F;
	private static final int FIELD_END = 0x1E;
	private static final int RECORD_END = 0x1D;

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
		ByteArrayOutputStream directory = new ByteArrayOutputStream(fields * 12 + 1);
		ByteArrayOutputStream data = new ByteArrayOutputStream(1024);
		for (ControlField field : record.getControlFields()) {
			int start = data.size();
			if (field.getValue() == null) {
				return null;
			}
			data.writeBytes(field.getValue().getBytes(StandardCharsets.UTF_8));
			data.write(FIELD_END);
			if (!entry(directory, field.getTag(), data.size() - start, start)) {
				return null;
			}
		}
		for (DataField field : record.getDataFields()) {
			int start = data.size();
			data.write(field.getIndicator1());
			data.write(field.getIndicator2());
			for (Subfield subfield : field.getSubfields()) {
				data.write(SUBFIELD);
				data.write(subfield.getCode());
				if (subfield.getValue() != null) {
					data.writeBytes(subfield.getValue().getBytes(StandardCharsets.UTF_8));
				}
			}
			data.write(FIELD_END);
			if (!entry(directory, field.getTag(), data.size() - start, start)) {
				return null;
			}
		}
		directory.write(FIELD_END);
		int base = 24 + directory.size();
		int length = base + data.size() + 1;
		if (length > 99_999) {
			return null;
		}
		byte[] bytes = new byte[length];
		digits(bytes, 0, 5, length);
		for (int i = 5; i < 24; i++) {
			bytes[i] = (byte) leader.charAt(i);
		}
		bytes[9] = 'a';
		digits(bytes, 12, 5, base);
		System.arraycopy(directory.toByteArray(), 0, bytes, 24, directory.size());
		System.arraycopy(data.toByteArray(), 0, bytes, base, data.size());
		bytes[length - 1] = RECORD_END;
		return bytes;
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

	private static boolean entry(ByteArrayOutputStream directory, String tag, int length, int start) {
		if (tag == null || tag.length() != 3 || length > 9_999 || start > 99_999) {
			return false;
		}
		for (int i = 0; i < 3; i++) {
			if (tag.charAt(i) > 0x7F) {
				return false;
			}
			directory.write(tag.charAt(i));
		}
		byte[] numbers = new byte[9];
		digits(numbers, 0, 4, length);
		digits(numbers, 4, 5, start);
		directory.writeBytes(numbers);
		return true;
	}

	private static void digits(byte[] target, int from, int count, int value) {
		for (int i = from + count - 1; i >= from; i--) {
			target[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
	}
}
