package org.techserv.library.ui.internal.work;

import org.eclipse.osgi.util.NLS;

/** Texts of the library's contributions to My Work and to the record editor's contributed pages. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.ui.internal.work.messages"; //$NON-NLS-1$

	public static String kindTask;
	public static String kindClaims;
	public static String claimsTitle;
	public static String kindBindingToSend;
	public static String kindBindingOverdue;
	public static String bindingNumber;
	public static String bindingToSendTitle;
	public static String bindingOverdueTitle;
	public static String taskWithoutRecord;
	public static String marcIso2709;
	public static String marcXml;
	public static String marcSummary;
	public static String marcNotWritable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
