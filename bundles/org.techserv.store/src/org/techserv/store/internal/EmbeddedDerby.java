package org.techserv.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;

/**
 * An embedded Derby database in one folder of this workstation. Created on the first {@link #connect()}, shut
 * down by {@link #close()} so that the next start finds it consistent and unlocked.
 */
public final class EmbeddedDerby implements Database, AutoCloseable {

	static {
		DerbyEngine.configure(); // before the driver below boots the engine
	}

	/** Derby's SQL state for a successful shutdown of one database. */
	static final String SHUTDOWN_DATABASE_OK = "08006"; //$NON-NLS-1$

	// The driver is used directly: DriverManager's caller class loader check does not work across OSGi bundles.
	private final Driver driver = new EmbeddedDriver();
	private final DatabaseSettings settings;
	private volatile boolean booted;

	public EmbeddedDerby(DatabaseSettings settings) {
		if (settings.mode() != DatabaseSettings.Mode.EMBEDDED) {
			throw new IllegalArgumentException("not an embedded database: " + settings.location()); //$NON-NLS-1$
		}
		this.settings = settings;
	}

	@Override
	public DatabaseSettings settings() {
		return settings;
	}

	@Override
	public Connection connect() throws StoreException {
		Path folder = settings.embeddedPath();
		try {
			Files.createDirectories(folder.getParent());
		} catch (Exception e) {
			throw DerbyErrors.cannotCreate(folder, e);
		}
		try {
			Connection connection = driver.connect(url() + ";create=true", new Properties()); //$NON-NLS-1$
			booted = true;
			return Schema.use(connection);
		} catch (SQLException e) {
			throw DerbyErrors.translate(e, settings);
		}
	}

	/** Whether the files of a database exist in the folder (it was created before). */
	public boolean exists() {
		return Files.isRegularFile(settings.embeddedPath().resolve("service.properties")); //$NON-NLS-1$
	}

	/**
	 * Shuts the database down if this object booted it: flushes, checkpoints and releases Derby's lock file.
	 */
	@Override
	public void close() throws StoreException {
		if (!booted) {
			return;
		}
		booted = false;
		try {
			driver.connect(url() + ";shutdown=true", new Properties()).close(); //$NON-NLS-1$
		} catch (SQLException e) {
			if (!SHUTDOWN_DATABASE_OK.equals(e.getSQLState())) {
				throw DerbyErrors.translate(e, settings);
			}
		}
	}

	private String url() {
		return "jdbc:derby:" + settings.embeddedPath(); //$NON-NLS-1$
	}
}
