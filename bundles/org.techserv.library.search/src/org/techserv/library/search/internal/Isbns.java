package org.techserv.library.search.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.techserv.library.model.util.RecordValues;

/**
 * ISBNs and ISSNs as the index keeps them: digits only (check digit X upper case), and an ISBN in both forms, so
 * that "0-306-40615-2", "0306406152" and "978-0-306-40615-7" find the same book.
 */
public final class Isbns {

	private Isbns() {
	}

	/** Hyphens and spaces removed, x made X; null when what is left is not digits with perhaps a final X. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			} else if ((c == 'x' || c == 'X') && i == text.length() - 1) {
				digits.append('X');
			} else if (c != '-' && c != ' ' && c != '\u2010' && c != '\u2011') {
				return null;
			}
		}
		return digits.isEmpty() ? null : digits.toString();
	}

	/** The forms to index for an ISBN as catalogued ("0306406152 (pbk.)" counts as its first word). */
	public static Set<String> forms(String isbn) {
		Set<String> forms = new LinkedHashSet<>();
		if (isbn == null) {
			return forms;
		}
		String clean = clean(RecordValues.isbnWord(isbn));
		if (clean == null) {
			return forms;
		}
		forms.add(clean);
		String other = otherForm(clean);
		if (other != null) {
			forms.add(other);
		}
		return forms;
	}

	/** A valid ISBN-10 as ISBN-13 (978), a valid 978 ISBN-13 as ISBN-10; else null. */
	public static String otherForm(String clean) {
		if (clean.length() == 10 && validIsbn10(clean)) {
			String body = "978" + clean.substring(0, 9); //$NON-NLS-1$
			return body + isbn13Check(body);
		}
		if (clean.length() == 13 && clean.startsWith("978") && validIsbn13(clean)) { //$NON-NLS-1$
			String body = clean.substring(3, 12);
			return body + isbn10Check(body);
		}
		return null;
	}

	/** Whether a word the user typed looks like a whole ISBN (10 or 13 digits once hyphens are gone). */
	public static boolean isWholeIsbn(String clean) {
		return clean != null && (clean.length() == 10 || clean.length() == 13 && clean.indexOf('X') < 0);
	}

	/** An ISSN's 8 characters ("0317-8471" and "03178471" alike), or null. */
	public static String issn(String text) {
		if (text == null) {
			return null;
		}
		String clean = clean(text.strip().split("\\s", 2)[0].toUpperCase(Locale.ROOT)); //$NON-NLS-1$
		return clean != null && clean.length() == 8 ? clean : null;
	}

	static boolean validIsbn10(String s) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char c = s.charAt(i);
			int d = c == 'X' ? 10 : c - '0';
			if (c == 'X' && i != 9) {
				return false;
			}
			sum += (10 - i) * d;
		}
		return sum % 11 == 0;
	}

	static boolean validIsbn13(String s) {
		int sum = 0;
		for (int i = 0; i < 13; i++) {
			sum += (s.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
		}
		return sum % 10 == 0;
	}

	private static char isbn13Check(String twelve) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
		}
		return (char) ('0' + (10 - sum % 10) % 10);
	}

	private static char isbn10Check(String nine) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (10 - i) * (nine.charAt(i) - '0');
		}
		int check = (11 - sum % 11) % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}
}
