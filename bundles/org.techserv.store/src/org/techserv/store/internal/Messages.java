package org.techserv.store.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the store; translations sit next to messages.properties (e.g. messages_id.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.store.internal.messages"; //$NON-NLS-1$

	public static String databaseInUse;
	public static String databaseNewer;
	public static String databaseBadLocation;
	public static String databaseFailed;
	public static String noWorkspace;
	public static String serverNotConfigured;
	public static String serverNoPassword;
	public static String serverNoDatabase;
	public static String serverRefused;
	public static String serverNoAnswer;
	public static String serverCannotStart;
	public static String serverUserFailed;
	public static String serverStarted;
	public static String serverUsage;
	public static String serverUserAdded;
	public static String passwordPrompt;
	public static String passwordMissing;
	public static String backupFailed;
	public static String backupDone;
	public static String restoreNotABackup;
	public static String restoreFailed;
	public static String restoreDone;
	public static String workspaceBusy;
	public static String restoreServer;
	public static String backupUsage;
	public static String demoPresent;
	public static String demoLoaded;
	public static String duplicateValue;
	public static String conflictChanged;
	public static String conflictDeleted;
	public static String stillReferenced;
	public static String connectionLost;
	public static String sqlFailed;
	public static String migrationNewer;
	public static String migrationChanged;
	public static String migrationFailed;
	public static String migrationBadName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
