package org.techserv.library.serials.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the serials bundle; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.serials.internal.messages"; //$NON-NLS-1$

	public static String noFrequency;
	public static String irregularFrequency;
	public static String noFirstIssue;
	public static String numbersDontMatchLevels;
	public static String blankCaption;
	public static String badFirstNumber;
	public static String badUnits;
	public static String noUnitsNoVolumeChange;
	public static String badDay;
	public static String semimonthlyNeedsTwoDays;
	public static String oneDayOnly;
	public static String weekBasedHasNoDays;
	public static String firstIssueNotPublicationDay;
	public static String badWeek;
	public static String everythingOmitted;
	public static String badPatternLine;
	public static String badPatternValue;
	public static String expectLevel;
	public static String expectDate;
	public static String expectNumber;
	public static String expectMonth;
	public static String expectOneOf;
	public static String fieldVendor;
	public static String fieldPattern;
	public static String fieldGraceDays;
	public static String fieldClaimDays;
	public static String fieldStart;
	public static String fieldBarcode;
	public static String fieldIssue;
	public static String vendorRequired;
	public static String startRequired;
	public static String daysNegative;
	public static String claimDaysTooFew;
	public static String subscriptionNotFound;
	public static String subscriptionChanged;
	public static String issueNotFound;
	public static String issueNotOpen;
	public static String markNotAllowed;
	public static String barcodeInUse;
	public static String claimTitle;
	public static String claimIntro;
	public static String claimColumns;
	public static String claimLine;
	public static String claimClosing;
	public static String claimPage;
	public static String fontMissing;
	public static String demoSummary;

	// issue statuses as words in a sentence or a table
	public static String issue_EXPECTED;
	public static String issue_RECEIVED;
	public static String issue_LATE;
	public static String issue_CLAIMED;
	public static String issue_MISSING;
	public static String issue_SKIPPED;
	public static String issue_COMBINED;
	public static String issue_AT_BINDERY;
	public static String issue_BOUND;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
