package org.techserv.library.sru.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of SRU copy cataloguing; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.sru.internal.messages"; //$NON-NLS-1$

	public static String indexTitle;
	public static String indexAuthor;
	public static String indexIsbn;
	public static String indexSubject;
	public static String indexAny;
	public static String targetNameMissing;
	public static String targetNameTooLong;
	public static String targetIdMissing;
	public static String targetBadUrl;
	public static String targetBadDatabase;
	public static String targetBadSchema;
	public static String targetBadVersion;
	public static String targetBadTimeout;
	public static String targetBadIndex;
	public static String targetLeftOut;
	public static String storedTargetLeftOut;
	public static String duplicateTargetId;
	public static String duplicateTargetName;
	public static String unknownSearchIndex;
	public static String targetNotEditable;
	public static String preferencesUnreadable;
	public static String queryNoIndex;
	public static String queryEmpty;
	public static String queryNotIsbn;
	public static String searching;
	public static String badPage;
	public static String timeout;
	public static String unknownHost;
	public static String refused;
	public static String connectionFailed;
	public static String tooLarge;
	public static String httpStatus;
	public static String httpPage;
	public static String webPage;
	public static String notXml;
	public static String otherXml;
	public static String explainInstead;
	public static String brokenResponse;
	public static String recordEmpty;
	public static String recordNotMarc;
	public static String recordDamaged;
	public static String diagnostic;
	public static String diagnosticOther;
	public static String diagnosticDetails;
	public static String diagnosticQuery;
	public static String diag1;
	public static String diag2;
	public static String diag3;
	public static String diag4;
	public static String diag5;
	public static String diag6;
	public static String diag7;
	public static String diag8;
	public static String diag10;
	public static String diag16;
	public static String diag19;
	public static String diag27;
	public static String diag61;
	public static String diag64;
	public static String diag65;
	public static String diag66;
	public static String diag67;
	public static String diag71;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
