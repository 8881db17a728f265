package org.techserv.library.sru;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.sru.internal.Messages;

/**
 * A diagnostic an SRU server sent, about the whole search or one record.
 *
 * @param targetName the target that sent it
 * @param uri        as sent, e.g. {@code info:srw/diagnostic/1/16}
 * @param number     the number of a standard SRU diagnostic ({@code info:srw/diagnostic/1/N}), else -1
 * @param message    the server's own text, or null
 * @param details    what the diagnostic is about (an index, a parameter, a schema), or null
 * @param query      the CQL query of the search, named in the user's message when the query is the trouble
 */
public record SruDiagnostic(String targetName, String uri, int number, String message, String details, String query) {

	private static final String STANDARD = "info:srw/diagnostic/1/"; //$NON-NLS-1$

	/** Unsupported index: the target cannot search the kind of search chosen. */
	public static final int UNSUPPORTED_INDEX = 16;
	/** Unknown schema for retrieval: the target's record schema is wrong for this server. */
	public static final int UNKNOWN_SCHEMA = 66;

	/** The number of a standard diagnostic URI, or -1. */
	public static int numberOf(String uri) {
		if (uri != null && uri.startsWith(STANDARD)) {
			try {
				return Integer.parseInt(uri.substring(STANDARD.length()).strip());
			} catch (NumberFormatException e) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * For the user, e.g. "Library of Congress: unsupported index (diagnostic 16): dc.foo; the query was dc.foo all
	 * "x"".
	 */
	public String userMessage() {
		String meaning = meaning(number);
		String what;
		if (meaning != null) {
			what = NLS.bind(Messages.diagnostic, new Object[] { targetName, meaning, number });
		} else if (number > 0) {
			what = NLS.bind(Messages.diagnostic, new Object[] { targetName, text(message, uri), number });
		} else {
			what = NLS.bind(Messages.diagnosticOther, targetName, text(message, uri));
		}
		StringBuilder text = new StringBuilder(what);
		if (details != null && !details.isBlank()) {
			text.append(NLS.bind(Messages.diagnosticDetails, details.strip()));
		}
		if (query != null && number >= 10 && number < 50) {
			text.append(NLS.bind(Messages.diagnosticQuery, query));
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return userMessage();
	}

	private static String text(String message, String uri) {
		return message == null || message.isBlank() ? uri : message.strip();
	}

	/** What the common standard diagnostics mean for a cataloguer, or null for the server's own text. */
	private static String meaning(int number) {
		return switch (number) {
		case 1 -> Messages.diag1;
		case 2 -> Messages.diag2;
		case 3 -> Messages.diag3;
		case 4 -> Messages.diag4;
		case 5 -> Messages.diag5;
		case 6 -> Messages.diag6;
		case 7 -> Messages.diag7;
		case 8 -> Messages.diag8;
		case 10 -> Messages.diag10;
		case 16 -> Messages.diag16;
		case 19 -> Messages.diag19;
		case 27 -> Messages.diag27;
		case 61 -> Messages.diag61;
		case 64 -> Messages.diag64;
		case 65 -> Messages.diag65;
		case 66 -> Messages.diag66;
		case 67 -> Messages.diag67;
		case 71 -> Messages.diag71;
		default -> null;
		};
	}
}
