package org.techserv.workbench.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference pages of the workbench shell. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.workbench.internal.preferences.messages"; //$NON-NLS-1$

	public static String databasePageDescription;
	public static String modeEmbedded;
	public static String modeServer;
	public static String embeddedGroup;
	public static String embeddedLocation;
	public static String locationDefault;
	public static String locationDefaultNoWorkspace;
	public static String browse;
	public static String browseMessage;
	public static String serverGroup;
	public static String serverHost;
	public static String serverPort;
	public static String serverDatabase;
	public static String serverUser;
	public static String serverPasswordNote;
	public static String restartNote;
	public static String locationIsFile;
	public static String locationInvalid;
	public static String hostRequired;
	public static String portRange;
	public static String databaseNameRequired;
	public static String userRequired;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
