package org.techserv.library.serials;

/** A prediction pattern that cannot produce issue dates or numbers; the message names the value at fault. */
public class PatternException extends Exception {

	private static final long serialVersionUID = 1L;

	public PatternException(String message) {
		super(message);
	}
}
