package org.techserv.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.techserv.core.Locations;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.Backups;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.PasswordSource;
import org.techserv.store.StoreException;
import org.techserv.store.StorePreferences;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

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
	private ClientDerby client;
	private volatile PasswordSource passwordSource;
	private boolean migrated;

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
		Connection connection = database().connect();
		try {
			migrateOnce(connection);
			return connection;
		} catch (StoreException | RuntimeException e) {
			close(connection, e);
			throw e;
		}
	}

	/** Brings every contributed schema module to its newest version, once per start. */
	private synchronized void migrateOnce(Connection connection) throws StoreException {
		if (!migrated) {
			new Migrator(user()).migrate(connection, MigrationRegistry.contributed());
			migrated = true;
		}
	}

	private static void close(Connection connection, Exception cause) {
		try {
			connection.close();
		} catch (SQLException e) {
			cause.addSuppressed(e);
		}
	}

	private synchronized Database database() throws StoreException {
		DatabaseSettings current = settings();
		if (current.mode() == DatabaseSettings.Mode.SERVER) {
			if (client == null) {
				client = new ClientDerby(current, this::askPassword);
			}
			return client;
		}
		if (embedded == null) {
			restorePending(current);
			embedded = new EmbeddedDerby(current);
		}
		return embedded;
	}

	/** Performs a restore the workbench asked for (File > Restore Database...) before anything opens the database. */
	private void restorePending(DatabaseSettings current) throws StoreException {
		Path marker = Backups.pendingRestoreMarker(workspace());
		if (!Files.isRegularFile(marker)) {
			return;
		}
		try {
			Path backup = Path.of(Files.readString(marker).strip());
			Files.delete(marker); // one attempt: a failing restore must not block every later start
			Path kept = Backups.restore(current.embeddedPath(), backup);
			ILog.of(getClass()).info(NLS.bind(Messages.restoreDone, backup, kept));
		} catch (java.io.IOException e) {
			throw new StoreException(StoreException.Reason.BAD_LOCATION, e.getMessage(), null, e);
		}
	}

	/** The password of the server user: from the workbench's dialog, else from the environment. */
	private char[] askPassword(String problem) {
		PasswordSource source = passwordSource;
		if (source != null) {
			return source.password(settings(), problem);
		}
		String value = System.getenv(PasswordSource.ENVIRONMENT);
		return value == null || problem != null ? null : value.toCharArray();
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void bindPasswordSource(PasswordSource source) {
		passwordSource = source;
	}

	void unbindPasswordSource(PasswordSource source) {
		if (passwordSource == source) {
			passwordSource = null;
		}
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
