package org.techserv.workbench.internal.database;

import org.eclipse.osgi.util.NLS;

/** Texts about the database shown by the workbench shell. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.workbench.internal.database.messages"; //$NON-NLS-1$

	public static String openingDatabase;
	public static String noDatabaseService;
	public static String statusOpening;
	public static String statusOpeningKind;
	public static String statusReady;
	public static String statusFailed;
	public static String statusEmbedded;
	public static String statusServer;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
