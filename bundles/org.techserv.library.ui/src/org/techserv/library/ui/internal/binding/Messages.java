package org.techserv.library.ui.internal.binding;

import org.eclipse.osgi.util.NLS;

/** Texts of the Binding view and its dialogs; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.ui.internal.binding.messages"; //$NON-NLS-1$

	public static String columnReview;
	public static String reviewPending;
	public static String reviewApproved;
	public static String reviewReturned;
	public static String submit;
	public static String batchSubmitted;
	public static String keysHint;
	public static String columnBatch;
	public static String columnBindery;
	public static String columnStatus;
	public static String columnVolumes;
	public static String columnSent;
	public static String columnDueBack;
	public static String columnOverdue;
	public static String columnTitle;
	public static String columnVolume;
	public static String columnColour;
	public static String columnCover;
	public static String columnSpine;
	public static String columnCallNumber;
	public static String columnPieces;
	public static String columnBoundCopy;
	public static String statusOpen;
	public static String statusSent;
	public static String statusReturned;
	public static String daysOverdue;
	public static String newBatch;
	public static String addVolume;
	public static String removeVolume;
	public static String send;
	public static String returnBatch;
	public static String slips;
	public static String overdue;
	public static String refresh;
	public static String refusedTitle;
	public static String chooseBatch;
	public static String chooseVolume;
	public static String batchCount;
	public static String newBatchTitle;
	public static String newBatchPrompt;
	public static String batchOpened;
	public static String volumeAdded;
	public static String volumeRemoved;
	public static String sendTitle;
	public static String sendPrompt;
	public static String notAWholeNumber;
	public static String batchSent;
	public static String batchReturned;
	public static String slipsFile;
	public static String slipsJob;
	public static String slipsWritten;
	public static String slipsFailed;
	public static String addVolumeTitle;
	public static String addVolumeMessage;
	public static String nothingBindable;
	public static String titleField;
	public static String titleChoice;
	public static String titleChoiceCopies;
	public static String titleChoiceBoth;
	public static String wornField;
	public static String wornHint;
	public static String columnPiece;
	public static String pieceCopy;
	public static String issuesField;
	public static String labelField;
	public static String labelHint;
	public static String colourField;
	public static String coverField;
	public static String coverDefault;
	public static String spineField;
	public static String callNumberField;
	public static String callNumberHint;
	public static String returnTitle;
	public static String returnMessage;
	public static String returnWornOnly;
	public static String returnVolume;
	public static String overdueTitle;
	public static String overdueNone;
	public static String overdueLine;
	public static String copy;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
