package org.techserv.library.store.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the librarian review (refusals name the person and what was refused). */
public final class ReviewMessages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.store.internal.review"; //$NON-NLS-1$

	public static String fieldStaff;
	public static String fieldReview;
	public static String fieldComment;
	public static String subjectRecord;
	public static String subjectBatch;
	public static String noSuchStaff;
	public static String notStaff;
	public static String actingAsOther;
	public static String notLibrarian;
	public static String ownSubmission;
	public static String commentRequired;
	public static String commentTooLong;
	public static String noSuchReview;
	public static String notPending;
	public static String alreadyPending;
	public static String noSuchRecord;
	public static String actionApprove;
	public static String actionReturn;
	public static String demoSummary;
	public static String demoComment;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReviewMessages.class);
	}

	private ReviewMessages() {
	}
}
