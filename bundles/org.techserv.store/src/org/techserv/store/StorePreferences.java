package org.techserv.store;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * Preference keys of the database settings, kept in the workspace (instance scope) under the node
 * {@value #NODE}. The Preferences dialog's Database page edits them; {@link #read} turns them into
 * {@link DatabaseSettings}.
 */
public final class StorePreferences {

	public static final String NODE = "org.techserv.store"; //$NON-NLS-1$

	/** {@code embedded} or {@code server}. */
	public static final String MODE = "database.mode"; //$NON-NLS-1$
	/** Folder of the embedded database; blank means {@value #DEFAULT_EMBEDDED_FOLDER} in the workspace. */
	public static final String EMBEDDED_LOCATION = "database.embedded.location"; //$NON-NLS-1$
	public static final String SERVER_HOST = "database.server.host"; //$NON-NLS-1$
	public static final String SERVER_PORT = "database.server.port"; //$NON-NLS-1$
	public static final String SERVER_DATABASE = "database.server.name"; //$NON-NLS-1$
	public static final String SERVER_USER = "database.server.user"; //$NON-NLS-1$

	public static final String MODE_EMBEDDED = "embedded"; //$NON-NLS-1$
	public static final String MODE_SERVER = "server"; //$NON-NLS-1$
	public static final String DEFAULT_EMBEDDED_FOLDER = "database"; //$NON-NLS-1$
	public static final int DEFAULT_SERVER_PORT = 1527;
	public static final String DEFAULT_SERVER_DATABASE = "techserv"; //$NON-NLS-1$

	private StorePreferences() {
	}

	/** The embedded database folder used when the preference is blank. */
	public static Path defaultEmbeddedPath(Path workspace) {
		return workspace.resolve(DEFAULT_EMBEDDED_FOLDER);
	}

	/**
	 * Reads the settings from a preference node.
	 *
	 * @param node      the instance-scope node {@value #NODE}
	 * @param workspace the workspace folder, against which a blank or relative embedded location is resolved
	 */
	public static DatabaseSettings read(IEclipsePreferences node, Path workspace) {
		String location = node.get(EMBEDDED_LOCATION, "").trim(); //$NON-NLS-1$
		Path embedded = location.isEmpty() ? defaultEmbeddedPath(workspace) : workspace.resolve(location);
		DatabaseSettings.Mode mode = MODE_SERVER.equals(node.get(MODE, MODE_EMBEDDED)) ? DatabaseSettings.Mode.SERVER
				: DatabaseSettings.Mode.EMBEDDED;
		return new DatabaseSettings(mode, embedded.toAbsolutePath().normalize(), node.get(SERVER_HOST, "").trim(), //$NON-NLS-1$
				node.getInt(SERVER_PORT, DEFAULT_SERVER_PORT), node.get(SERVER_DATABASE, DEFAULT_SERVER_DATABASE).trim(),
				node.get(SERVER_USER, "").trim()); //$NON-NLS-1$
	}
}
