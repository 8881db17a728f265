package org.techserv.library.labels.internal;

import java.util.Locale;

/** A character as a message shows it: the character itself when it can be seen, and its code point. */
public final class CharacterNames {

	private CharacterNames() {
	}

	/** "é" (U+00E9), or U+0009 for a character nobody can see. */
	public static String describe(int codePoint) {
		String code = String.format(Locale.ROOT, "U+%04X", codePoint); //$NON-NLS-1$
		if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT) {
			return code;
		}
		return '"' + new String(Character.toChars(codePoint)) + "\" (" + code + ')'; //$NON-NLS-1$
	}
}
