package org.techserv.library.serials.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of binding batches, volumes and slips; translations sit next to binding.properties. */
public final class BindingMessages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.serials.internal.binding"; //$NON-NLS-1$

	public static String fieldBindery;
	public static String fieldBatch;
	public static String fieldVolume;
	public static String fieldColour;
	public static String fieldCover;
	public static String fieldSpine;
	public static String fieldIssue;
	public static String fieldCopy;
	public static String fieldBarcode;
	public static String fieldDays;
	public static String binderyRequired;
	public static String batchNotFound;
	public static String batchNotOpen;
	public static String batchNotSent;
	public static String batchEmpty;
	public static String batchNotSubmitted;
	public static String batchNotApproved;
	public static String batchUnderReview;
	public static String daysTooFew;
	public static String volumeNotFound;
	public static String labelRequired;
	public static String colourRequired;
	public static String coverRequired;
	public static String spineRequired;
	public static String nothingToBind;
	public static String issueNotFound;
	public static String issueOfAnotherTitle;
	public static String issueNotReceived;
	public static String issueInBatch;
	public static String copyNotFound;
	public static String copyOfAnotherTitle;
	public static String copyNotOnShelf;
	public static String copyInBatch;
	public static String copyIsAnIssue;
	public static String copyBarcodeNotFound;
	public static String barcodeRequired;
	public static String barcodeInUse;
	public static String barcodeTwice;
	public static String changedMeanwhile;
	public static String slipTitle;
	public static String slipBindery;
	public static String slipBatch;
	public static String slipTitleOf;
	public static String slipVolume;
	public static String slipColour;
	public static String slipCover;
	public static String slipSpine;
	public static String slipCallNumber;
	public static String slipPieces;
	public static String slipDueBack;

	// batch and copy statuses as words in a sentence
	public static String batch_OPEN;
	public static String batch_SENT;
	public static String batch_RETURNED;
	public static String copy_IN_PROCESSING;
	public static String copy_AVAILABLE;
	public static String copy_ON_LOAN;
	public static String copy_AT_BINDERY;
	public static String copy_MISSING;
	public static String copy_WITHDRAWN;
	public static String review_PENDING;
	public static String review_APPROVED;
	public static String review_RETURNED;

	static {
		NLS.initializeMessages(BUNDLE_NAME, BindingMessages.class);
	}

	private BindingMessages() {
	}
}
