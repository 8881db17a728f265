package org.techserv.library.model.util;

import org.eclipse.osgi.util.NLS;

/** Texts of the library model's rules; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.model.util.messages"; //$NON-NLS-1$

	public static String leaderLength;
	public static String controlTag;
	public static String dataTag;
	public static String notRepeatable;
	public static String badIndicator;
	public static String noSubfields;
	public static String badSubfieldCode;
	public static String titleRequired;
	public static String barcodeRequired;
	public static String copyNumber;
	public static String lineNoTag;
	public static String lineBadTag;
	public static String lineNoIndicators;
	public static String lineNoSubfield;
	public static String lineEmptyCode;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
