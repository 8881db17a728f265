package org.techserv.library.ui.internal.review;

import org.eclipse.osgi.util.NLS;

/** Texts of the review queue, the review notices in the record editor and the review entries of My Work. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.ui.internal.review.messages"; //$NON-NLS-1$

	public static String columnWhat;
	public static String columnSubject;
	public static String columnSubmittedBy;
	public static String columnSubmitted;
	public static String kindRecord;
	public static String kindBatch;
	public static String commentLabel;
	public static String commentHint;
	public static String approve;
	public static String approveTip;
	public static String returnWithComment;
	public static String returnTip;
	public static String refresh;
	public static String reviewingAs;
	public static String notALibrarian;
	public static String nobodyChosen;
	public static String waiting;
	public static String approved;
	public static String returned;
	public static String nothingSelected;
	public static String batchElsewhere;
	public static String stateSubmitted;
	public static String statePending;
	public static String stateApproved;
	public static String stateReturned;
	public static String submitFailed;
	public static String copiesSubmitted;
	public static String kindAwaiting;
	public static String kindReturned;
	public static String awaitingTitle;
	public static String returnedTitle;
	public static String batchParameter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
