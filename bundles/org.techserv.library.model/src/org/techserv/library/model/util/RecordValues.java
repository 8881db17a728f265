package org.techserv.library.model.util;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;

/**
 * The values lists and searches show, taken from a record's MARC fields the way cataloguers read them: title
 * from 245, author from 1XX, and so on, with ISBD closing punctuation ("Title /") removed.
 */
public final class RecordValues {

	// compiled once: these run for every record of an import
	private static final java.util.regex.Pattern ISBN_END = java.util.regex.Pattern.compile("[\\s(:;]"); //$NON-NLS-1$
	private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s"); //$NON-NLS-1$
	private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}"); //$NON-NLS-1$

	private RecordValues() {
	}

	/** 245 $a, $b, $n, $p joined with spaces. */
	public static String title(BibliographicRecord record) {
		DataField field = first(record, "245"); //$NON-NLS-1$
		return field == null ? null : joined(field, "abnp"); //$NON-NLS-1$
	}

	public static String author(BibliographicRecord record) {
		for (String tag : new String[] { "100", "110", "111" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			DataField field = first(record, tag);
			if (field != null) {
				return joined(field, "a"); //$NON-NLS-1$
			}
		}
		return null;
	}

	/** The ISBN of the first 020 $a, without the qualifier that may follow it ("0306406152 (pbk.)"). */
	public static String isbn(BibliographicRecord record) {
		String value = subfield(first(record, "020"), 'a'); //$NON-NLS-1$
		if (value == null) {
			return null;
		}
		String number = isbnWord(value);
		return number.isEmpty() ? null : number.replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An 020 $a as catalogued without the qualifier that may follow the number: "0306406152 (pbk.)" gives its first word. */
	public static String isbnWord(String value) {
		return ISBN_END.split(value.strip(), 2)[0];
	}

	public static String issn(BibliographicRecord record) {
		String value = subfield(first(record, "022"), 'a'); //$NON-NLS-1$
		return value == null ? null : SPACE.split(value.strip(), 2)[0];
	}

	public static String publisher(BibliographicRecord record) {
		DataField field = first(record, "264"); //$NON-NLS-1$
		if (field == null) {
			field = first(record, "260"); //$NON-NLS-1$
		}
		return field == null ? null : trim(subfield(field, 'b'));
	}

	/** 008 positions 7-10 when they are a year, else the first four digits of 264/260 $c. */
	public static String year(BibliographicRecord record) {
		String fixed = control(record, "008"); //$NON-NLS-1$
		if (fixed != null && fixed.length() >= 11 && asciiDigits(fixed, 7, 11)) { // no matcher: every record has one
			return fixed.substring(7, 11);
		}
		for (String tag : new String[] { "264", "260" }) { //$NON-NLS-1$ //$NON-NLS-2$
			String date = subfield(first(record, tag), 'c');
			if (date != null) {
				java.util.regex.Matcher year = FOUR_DIGITS.matcher(date);
				if (year.find()) {
					return year.group();
				}
			}
		}
		return null;
	}

	private static boolean asciiDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Local call number first (090/092), else the Library of Congress or Dewey number: $a and $b. A Dewey number
	 * (082/092) comes without its segmentation marks ("782.1/092" is shelved, listed and searched as 782.1092):
	 * they only say where the number may be shortened. The field itself keeps them.
	 */
	public static String callNumber(BibliographicRecord record) {
		for (String tag : new String[] { "090", "050", "092", "082" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			DataField field = first(record, tag);
			if (field != null && subfield(field, 'a') != null) {
				String a = subfield(field, 'a').strip();
				if (tag.endsWith("82") || tag.endsWith("92")) { //$NON-NLS-1$ //$NON-NLS-2$
					a = withoutSegmentation(a);
				}
				String b = subfield(field, 'b');
				return b == null ? a : a + ' ' + b.strip();
			}
		}
		return null;
	}

	/** A Dewey number without the prime marks and slashes that segment it ("782.1/092" becomes "782.1092"). */
	public static String withoutSegmentation(String dewey) {
		return dewey.replace("/", "").replace("'", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	public static String controlNumber(BibliographicRecord record) {
		String value = control(record, "001"); //$NON-NLS-1$
		return value == null ? null : value.strip();
	}

	/** Each 6XX heading: $a and its subdivisions ($v $x $y $z) joined with " -- ". */
	public static EList<String> subjects(BibliographicRecord record) {
		EList<String> subjects = new BasicEList<>();
		for (DataField field : record.getDataFields()) {
			if (field.getTag() != null && field.getTag().startsWith("6")) { //$NON-NLS-1$
				List<String> parts = new ArrayList<>();
				for (Subfield subfield : field.getSubfields()) {
					if ("abcdvxyz".indexOf(subfield.getCode()) >= 0 && subfield.getValue() != null) { //$NON-NLS-1$
						parts.add(trim(subfield.getValue()));
					}
				}
				if (!parts.isEmpty()) {
					subjects.add(String.join(" -- ", parts)); //$NON-NLS-1$
				}
			}
		}
		return subjects;
	}

	public static DataField first(BibliographicRecord record, String tag) {
		for (DataField field : record.getDataFields()) {
			if (tag.equals(field.getTag())) {
				return field;
			}
		}
		return null;
	}

	public static String control(BibliographicRecord record, String tag) {
		for (ControlField field : record.getControlFields()) {
			if (tag.equals(field.getTag())) {
				return field.getValue();
			}
		}
		return null;
	}

	public static String subfield(DataField field, char code) {
		if (field == null) {
			return null;
		}
		for (Subfield subfield : field.getSubfields()) {
			if (subfield.getCode() == code) {
				return subfield.getValue();
			}
		}
		return null;
	}

	private static String joined(DataField field, String codes) {
		List<String> parts = new ArrayList<>();
		for (Subfield subfield : field.getSubfields()) {
			if (codes.indexOf(subfield.getCode()) >= 0 && subfield.getValue() != null) {
				parts.add(subfield.getValue().strip());
			}
		}
		return parts.isEmpty() ? null : trim(String.join(" ", parts)); //$NON-NLS-1$
	}

	/**
	 * Drops ISBD punctuation at the end: " /", " :", " ;", ",", "." (but keeps "Jr." style initials short), and
	 * composes accents (MARC 21 UTF-8 records usually carry them decomposed) so values compare and sort as read.
	 */
	static String trim(String value) {
		if (value == null) {
			return null;
		}
		String text = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).strip();
		while (!text.isEmpty() && " /:;,=".indexOf(text.charAt(text.length() - 1)) >= 0) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1).strip();
		}
		if (text.endsWith(".") && text.length() > 3 && !Character.isUpperCase(text.charAt(text.length() - 2))) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1);
		}
		return text;
	}
}
