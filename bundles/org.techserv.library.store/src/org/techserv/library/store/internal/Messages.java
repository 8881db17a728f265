package org.techserv.library.store.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the library store; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.store.internal.messages"; //$NON-NLS-1$

	public static String recordNotFound;
	public static String duplicateBarcode;
	public static String importTask;
	public static String exportTask;
	public static String importProgress;
	public static String importUsage;
	public static String importSummary;
	public static String importRejected;
	public static String importDuplicates;
	public static String importCancelled;
	public static String exportUsage;
	public static String exportDone;
	public static String fileUnreadable;
	public static String demoSummary;
	public static String workspaceBusy;
	public static String noSuchFile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
