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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
