package org.techserv.store.internal;

import java.nio.file.Path;
import java.sql.Connection;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.techserv.core.Locations;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.StorePreferences;

/**
 * The {@link Database} service: the database named by the workspace's Database preferences, opened on the first
 * connection and shut down when the service goes away (the framework stops at workbench exit).
 * <p>
 * The settings are read once, when the service is first used; changes on the Database preference page take
 * effect at the next start.
 */
@Component(service = Database.class)
public final class DatabaseComponent implements Database {

	private final Location instanceLocation;
	private DatabaseSettings settings;
	private EmbeddedDerby embedded;

	@Activate
	public DatabaseComponent(@Reference(target = "(type=osgi.instance.area)") Location instanceLocation) {
		this.instanceLocation = instanceLocation;
	}

	@Override
	public synchronized DatabaseSettings settings() {
		if (settings == null) {
			try {
				Path workspace = workspace();
				settings = StorePreferences.read(InstanceScope.INSTANCE.getNode(StorePreferences.NODE), workspace);
				DerbyProperties.initialise(workspace);
			} catch (StoreException e) {
				// No workspace: report the embedded default relative to the working directory; connect() refuses.
				settings = DatabaseSettings.embedded(Path.of(StorePreferences.DEFAULT_EMBEDDED_FOLDER));
			}
		}
		return settings;
	}

	@Override
	public Connection connect() throws StoreException {
		workspace(); // refuse early, with a clear message, when there is no workspace
		return database().connect();
	}

	private synchronized Database database() throws StoreException {
		DatabaseSettings current = settings();
		if (current.mode() == DatabaseSettings.Mode.SERVER) {
			throw new StoreException(StoreException.Reason.SERVER_UNAVAILABLE, Messages.serverNotConfigured, null,
					null);
		}
		if (embedded == null) {
			embedded = new EmbeddedDerby(current);
		}
		return embedded;
	}

	private Path workspace() throws StoreException {
		return Locations.toPath(instanceLocation).orElseThrow(
				() -> new StoreException(StoreException.Reason.BAD_LOCATION, Messages.noWorkspace, null, null));
	}

	@Deactivate
	synchronized void deactivate() {
		if (embedded != null) {
			try {
				embedded.close();
			} catch (StoreException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
			embedded = null;
		}
	}
}
