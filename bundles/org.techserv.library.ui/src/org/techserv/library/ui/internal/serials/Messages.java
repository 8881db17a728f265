package org.techserv.library.ui.internal.serials;

import org.eclipse.osgi.util.NLS;

/** Texts of the serials screens; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.ui.internal.serials.messages"; //$NON-NLS-1$

	public static String barcodeLabel;
	public static String barcodeHint;
	public static String keysHint;
	public static String columnTitle;
	public static String columnIssue;
	public static String columnExpected;
	public static String columnStatus;
	public static String columnVendor;
	public static String columnClaims;
	public static String columnLastClaim;
	public static String receive;
	public static String combined;
	public static String skipped;
	public static String missing;
	public static String editSubscription;
	public static String refresh;
	public static String chooseIssue;
	public static String received;
	public static String receivedAsItem;
	public static String marked;
	public static String dueCount;
	public static String predicting;
	public static String claimFileLabel;
	public static String claimConfirm;
	public static String claimNothingChecked;
	public static String claimDone;
	public static String claimLettersFailed;
	public static String claimCount;
	public static String subscriptionTitle;
	public static String subscriptionMessage;
	public static String vendor;
	public static String start;
	public static String end;
	public static String graceDays;
	public static String claimDays;
	public static String location;
	public static String preset;
	public static String pattern;
	public static String preview;
	public static String badDate;
	public static String badNumber;
	public static String presetMonthly;
	public static String presetQuarterly;
	public static String presetWeekly;
	public static String presetTwiceMonthly;
	public static String presetAnnualVolume;
	public static String chooseSerial;
	public static String subscriptionSaved;
	public static String vendorRequired;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
