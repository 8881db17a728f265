package org.techserv.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which database the workbench uses: embedded in a folder of this workstation, or a shared Derby network
 * server. Values come from the {@link StorePreferences} of the workspace.
 *
 * @param mode         embedded or shared server
 * @param embeddedPath folder of the embedded database (absolute)
 * @param serverHost   shared server host name
 * @param serverPort   shared server TCP port
 * @param databaseName database name on the shared server
 * @param user         user name on the shared server
 */
public record DatabaseSettings(Mode mode, Path embeddedPath, String serverHost, int serverPort, String databaseName,
		String user) {

	/** Where the database lives. */
	public enum Mode {
		EMBEDDED, SERVER
	}

	public DatabaseSettings {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(embeddedPath, "embeddedPath");
	}

	/** Settings for an embedded database in the given folder. */
	public static DatabaseSettings embedded(Path folder) {
		return new DatabaseSettings(Mode.EMBEDDED, folder.toAbsolutePath().normalize(), "", //$NON-NLS-1$
				StorePreferences.DEFAULT_SERVER_PORT, StorePreferences.DEFAULT_SERVER_DATABASE, ""); //$NON-NLS-1$
	}

	/** A short description of the location: a folder, or {@code host:port/database}. */
	public String location() {
		return mode == Mode.EMBEDDED ? embeddedPath.toString() : serverHost + ':' + serverPort + '/' + databaseName;
	}
}
