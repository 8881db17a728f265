package org.techserv.model.edit;

import org.eclipse.osgi.util.NLS;

/** Texts of the value checks; translations sit next to messages.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.model.edit.messages"; //$NON-NLS-1$

	public static String tooLong;
	public static String malformedEmail;
	public static String malformedCountryCode;
	public static String malformed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The message for a value that does not match the pattern of its type. */
	static String malformed(String typeName) {
		return switch (typeName) {
		case "Email" -> malformedEmail; //$NON-NLS-1$
		case "CountryCode" -> malformedCountryCode; //$NON-NLS-1$
		default -> malformed;
		};
	}
}
