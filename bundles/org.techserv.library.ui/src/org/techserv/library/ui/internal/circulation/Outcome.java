package org.techserv.library.ui.internal.circulation;

/**
 * What one scan did, for the banner and the session list: done (green), done but worth a look (amber: a late
 * return, a copy that was missing), or refused (red, with a beep).
 *
 * @param barcode what was scanned
 * @param action  the session list's "what" column (empty for a refusal)
 */
public record Outcome(Kind kind, String message, String barcode, String action) {

	public enum Kind {
		DONE, NOTE, REFUSED
	}

	static Outcome done(String message, String barcode, String action) {
		return new Outcome(Kind.DONE, message, barcode, action);
	}

	static Outcome note(String message, String barcode, String action) {
		return new Outcome(Kind.NOTE, message, barcode, action);
	}

	static Outcome refused(String message, String barcode) {
		return new Outcome(Kind.REFUSED, message, barcode, ""); //$NON-NLS-1$
	}
}
