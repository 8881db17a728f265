package org.techserv.library.ui.internal.circulation;

import org.eclipse.osgi.util.NLS;

/** Texts of the circulation and reference desk screens; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.ui.internal.circulation.messages"; //$NON-NLS-1$

	public static String patronsSearchHint;
	public static String patronsColumnLoans;
	public static String patronsColumnOverdue;
	public static String patronsColumnBlocked;
	public static String patronsBlockedBecause;
	public static String patronsNew;
	public static String patronsEdit;
	public static String patronsCount;
	public static String patronsCountOne;
	public static String patronsCountMore;
	public static String patronsChooseOne;
	public static String patronsSaved;
	public static String patronNewTitle;
	public static String patronEditTitle;
	public static String patronMessage;
	public static String patronGivenName;
	public static String patronFamilyName;
	public static String patronCard;
	public static String patronEmail;
	public static String patronPhone;
	public static String patronBlocked;
	public static String patronBlockReason;
	public static String patronSave;
	public static String noService;
	public static String modeCheckOut;
	public static String modeCheckIn;
	public static String modeRenew;
	public static String keys;
	public static String barcodeHint;
	public static String hintCheckOut;
	public static String hintCheckOutPatron;
	public static String hintCheckIn;
	public static String hintRenew;
	public static String noPatron;
	public static String patronLine;
	public static String patronReady;
	public static String checkedOut;
	public static String returned;
	public static String returnedFrom;
	public static String returnedLate;
	public static String foundMissing;
	public static String renewed;
	public static String sessionTitle;
	public static String columnTime;
	public static String columnBarcode;
	public static String columnAction;
	public static String columnMessage;
	public static String columnDue;
	public static String columnDaysOverdue;
	public static String columnTitle;
	public static String columnPatron;
	public static String columnCard;
	public static String actionPatron;
	public static String actionCheckedOut;
	public static String actionReturned;
	public static String actionLate;
	public static String actionFound;
	public static String actionRenewed;
	public static String actionRefused;
	public static String refresh;
	public static String refreshTooltip;
	public static String overdueCount;
	public static String overdueCountMore;
	public static String referenceChannel;
	public static String referenceChannelButton;
	public static String referenceTypeButton;
	public static String referenceNothingYet;
	public static String referenceNoted;
	public static String referenceTakenBack;
	public static String referenceUndo;
	public static String referencePrevious;
	public static String referenceNext;
	public static String referenceColumnType;
	public static String referenceColumnTotal;
	public static String cardInWrongMode;
	public static String rulesTitle;
	public static String rulesMessage;
	public static String rulesLoanDays;
	public static String rulesRenewals;
	public static String rulesMaxItems;
	public static String rulesSave;
	public static String rulesAction;
	public static String rulesActionTooltip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
