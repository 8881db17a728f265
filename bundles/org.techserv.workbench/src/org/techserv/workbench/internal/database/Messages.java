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
	public static String passwordTitle;
	public static String passwordMessage;
	public static String passwordConnect;
	public static String backupTitle;
	public static String backupChooseFolder;
	public static String backupJob;
	public static String backupJobInto;
	public static String backupDone;
	public static String restoreTitle;
	public static String restoreChooseBackup;
	public static String restoreNotABackup;
	public static String restoreConfirm;
	public static String restoreServer;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
