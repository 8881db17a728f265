package org.techserv.library.ui.internal.review;

/** Ids of the review queue view and its widgets (the widget keys are for tests). */
public final class ReviewUiIds {

	public static final String VIEW = "org.techserv.library.ui.views.reviewQueue"; //$NON-NLS-1$
	public static final String KEY_TABLE = "review.table"; //$NON-NLS-1$
	public static final String KEY_WHO = "review.who"; //$NON-NLS-1$
	public static final String KEY_COMMENT = "review.comment"; //$NON-NLS-1$
	public static final String KEY_APPROVE = "review.approve"; //$NON-NLS-1$
	public static final String KEY_RETURN = "review.return"; //$NON-NLS-1$
	public static final String KEY_STATUS = "review.status"; //$NON-NLS-1$

	private ReviewUiIds() {
	}
}
