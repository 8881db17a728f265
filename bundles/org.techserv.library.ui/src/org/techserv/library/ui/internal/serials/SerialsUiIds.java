package org.techserv.library.ui.internal.serials;

/** Ids of the serials screens, and the widget keys tests find them by. */
public final class SerialsUiIds {

	public static final String CHECK_IN_VIEW = "org.techserv.library.ui.views.serialsCheckIn"; //$NON-NLS-1$
	public static final String CLAIMS_VIEW = "org.techserv.library.ui.views.serialClaims"; //$NON-NLS-1$
	public static final String NEW_SUBSCRIPTION_COMMAND = "org.techserv.library.ui.commands.newSubscription"; //$NON-NLS-1$

	public static final String KEY_BARCODE = "serials.barcode"; //$NON-NLS-1$
	public static final String KEY_DUE = "serials.due"; //$NON-NLS-1$
	public static final String KEY_STATUS = "serials.status"; //$NON-NLS-1$
	public static final String KEY_CLAIMS = "serials.claims"; //$NON-NLS-1$
	public static final String KEY_CLAIM_FILE = "serials.claimFile"; //$NON-NLS-1$
	public static final String KEY_CLAIM_CONFIRM = "serials.claimConfirm"; //$NON-NLS-1$
	public static final String KEY_CLAIM_STATUS = "serials.claimStatus"; //$NON-NLS-1$
	public static final String KEY_PATTERN = "serials.pattern"; //$NON-NLS-1$
	public static final String KEY_PREVIEW = "serials.preview"; //$NON-NLS-1$
	public static final String KEY_VENDOR = "serials.vendor"; //$NON-NLS-1$

	private SerialsUiIds() {
	}
}
