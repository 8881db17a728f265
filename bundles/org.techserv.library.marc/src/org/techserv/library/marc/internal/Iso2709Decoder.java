package org.techserv.library.marc.internal;

import java.nio.charset.StandardCharsets;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;

/**
 * Reads a plain UTF-8 ISO 2709 record straight into the model, about four times faster than going through
 * marc4j's permissive reader (which looks up its factory and builds readers for every record). Only for records
 * {@link Iso2709Check} passed and whose fields all have the ordinary shape (two indicators, subfields each with a
 * code, numeric tags, one 001); anything else is left to marc4j, so the two always read a record alike.
 */
public final class Iso2709Decoder {

	private static final int SUBFIELD = 0x1F;
	private static final int FIELD_END = 0x1E;
	private static final int RECORD_END = 0x1D;

	private Iso2709Decoder() {
	}

	/** The record, or null when it is not plain UTF-8 (MARC-8, or fields of an unusual shape). */
	public static BibliographicRecord read(byte[] bytes) {
		if (bytes[9] != 'a' || bytes[10] != '2' || bytes[11] != '2') {
			return null;
		}
		LibraryFactory factory = LibraryFactory.eINSTANCE;
		BibliographicRecord record = factory.createBibliographicRecord();
		record.setLeader(new String(bytes, 0, 24, StandardCharsets.ISO_8859_1));
		int base = number(bytes, 12, 5);
		boolean controlNumber = false;
		for (int entry = 24; entry < base - 1; entry += 12) {
			if (!digit(bytes[entry]) || !digit(bytes[entry + 1]) || !digit(bytes[entry + 2])) {
				return null;
			}
			String tag = new String(bytes, entry, 3, StandardCharsets.ISO_8859_1);
			int length = number(bytes, entry + 3, 4);
			int from = base + number(bytes, entry + 7, 5);
			int to = from + length - 1; // without the field terminator
			for (int i = from; i < to; i++) {
				if (bytes[i] == FIELD_END || bytes[i] == RECORD_END) {
					return null;
				}
			}
			if (bytes[entry] == '0' && bytes[entry + 1] == '0') {
				if (tag.equals("000") || tag.equals("001") && controlNumber || contains(bytes, from, to, SUBFIELD)) { //$NON-NLS-1$ //$NON-NLS-2$
					return null;
				}
				ControlField field = factory.createControlField();
				field.setTag(tag);
				field.setValue(new String(bytes, from, to - from, StandardCharsets.UTF_8));
				if (tag.equals("001")) { //$NON-NLS-1$
					controlNumber = true;
					record.getControlFields().add(0, field); // where marc4j puts it
				} else {
					record.getControlFields().add(field);
				}
				continue;
			}
			DataField field = dataField(factory, tag, bytes, from, to);
			if (field == null) {
				return null;
			}
			record.getDataFields().add(field);
		}
		return record;
	}

	private static DataField dataField(LibraryFactory factory, String tag, byte[] bytes, int from, int to) {
		if (to - from < 2 || bytes[from] < 0x20 || bytes[from + 1] < 0x20 || from + 2 < to && bytes[from + 2] != SUBFIELD) {
			return null; // negative bytes: not ASCII indicators
		}
		DataField field = factory.createDataField();
		field.setTag(tag);
		field.setIndicator1((char) bytes[from]);
		field.setIndicator2((char) bytes[from + 1]);
		int i = from + 2;
		while (i < to) {
			int code = i + 1;
			if (code >= to || bytes[code] < 0x20) {
				return null;
			}
			int end = code + 1;
			while (end < to && bytes[end] != SUBFIELD) {
				end++;
			}
			Subfield subfield = factory.createSubfield();
			subfield.setCode((char) bytes[code]);
			subfield.setValue(new String(bytes, code + 1, end - code - 1, StandardCharsets.UTF_8));
			field.getSubfields().add(subfield);
			i = end;
		}
		return field;
	}

	private static boolean contains(byte[] bytes, int from, int to, int value) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == value) {
				return true;
			}
		}
		return false;
	}

	private static boolean digit(byte b) {
		return b >= '0' && b <= '9';
	}

	/** Digits Iso2709Check has seen to be digits. */
	private static int number(byte[] bytes, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			value = value * 10 + bytes[i] - '0';
		}
		return value;
	}
}
