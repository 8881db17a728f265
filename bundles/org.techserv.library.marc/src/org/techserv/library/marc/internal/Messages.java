package org.techserv.library.marc.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of MARC reading and writing; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.marc.internal.messages"; //$NON-NLS-1$

	public static String truncatedLeader;
	public static String lengthNotANumber;
	public static String lengthTooShort;
	public static String truncated;
	public static String noTerminator;
	public static String badBaseAddress;
	public static String directoryUnterminated;
	public static String unknownEncoding;
	public static String badDirectoryEntry;
	public static String fieldOutside;
	public static String fieldUnterminated;
	public static String notUtf8;
	public static String marc8Failed;
	public static String unreadable;
	public static String badIndicator;
	public static String badSubfieldCode;
	public static String badTag;
	public static String delimiterInControlField;
	public static String controlCharacter;
	public static String xmlBroken;
	public static String xmlRecordUnreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
