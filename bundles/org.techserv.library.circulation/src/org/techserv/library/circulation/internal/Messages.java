package org.techserv.library.circulation.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of circulation and the reference desk; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.circulation.internal.messages"; //$NON-NLS-1$

	public static String fieldCard;
	public static String fieldName;
	public static String fieldBlockReason;
	public static String noCard;
	public static String nameRequired;
	public static String cardRequired;
	public static String cardHasSpaces;
	public static String cardInUse;
	public static String cardIsACopy;
	public static String blockReasonRequired;
	public static String unknownPatron;
	public static String patronBlocked;
	public static String patronBlockedNoReason;
	public static String tooManyItems;
	public static String unknownItem;
	public static String notAvailable;
	public static String alreadyOnLoan;
	public static String alreadyOnLoanToPatron;
	public static String notOnLoan;
	public static String noRenewalsLeft;
	public static String changedMeanwhile;
	public static String status_IN_PROCESSING;
	public static String status_AVAILABLE;
	public static String status_ON_LOAN;
	public static String status_AT_BINDERY;
	public static String status_MISSING;
	public static String status_WITHDRAWN;
	public static String rulesLoanDays;
	public static String rulesRenewals;
	public static String rulesMaxItems;
	public static String rulesOutOfRange;
	public static String questionType_DIRECTIONAL;
	public static String questionType_READY_REFERENCE;
	public static String questionType_RESEARCH;
	public static String questionType_TECHNOLOGY;
	public static String questionType_POLICY;
	public static String channel_IN_PERSON;
	public static String channel_PHONE;
	public static String channel_EMAIL;
	public static String channel_CHAT;
	public static String demoSummary;
	public static String demoNoCopies;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
