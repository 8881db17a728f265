package org.techserv.store.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.StoreException;
import org.techserv.store.StoreException.Reason;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * The shared database: Derby's network server over one database, {@value #DATABASE}, in a folder of the server
 * machine. Authentication is required (Derby NATIVE: users and hashed passwords live in the database itself);
 * the user who first starts the server becomes the database owner and can add users.
 */
public final class DatabaseServer implements AutoCloseable {

	public static final String DATABASE = "techserv"; //$NON-NLS-1$

	private final Path database;
	private final String owner;
	private final char[] ownerPassword;
	private final NetworkServerControl control;
	private final String host;
	private final int port;

	private DatabaseServer(Path database, String owner, char[] ownerPassword, NetworkServerControl control,
			String host, int port) {
		this.database = database;
		this.owner = owner;
		this.ownerPassword = ownerPassword.clone();
		this.control = control;
		this.host = host;
		this.port = port;
	}

	/**
	 * Starts the server. Creates the database (owned by {@code user}) on first start; afterwards checks the
	 * user's password. Brings the schema up to date before accepting connections.
	 *
	 * @param guardEngine also require authentication for the whole Derby engine (server commands such as shutdown,
	 *                    other databases): right for a server JVM of its own, wrong inside a JVM with other
	 *                    embedded databases (tests)
	 */
	public static DatabaseServer start(Path folder, String host, int port, String user, char[] password,
			PrintWriter log, boolean guardEngine) throws StoreException {
		Path database = folder.resolve(DATABASE).toAbsolutePath();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new StoreException(Reason.BAD_LOCATION, NLS.bind(Messages.databaseBadLocation, folder, e.getMessage()),
					null, e);
		}
		// Derby reads these when the engine boots; in a server JVM nothing has booted it yet.
		setIfAbsent("derby.system.home", folder.toAbsolutePath().toString()); //$NON-NLS-1$
		DerbyEngine.configure();
		setIfAbsent("derby.stream.error.file", folder.resolve("derby.log").toAbsolutePath().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			if (!Files.isRegularFile(database.resolve("service.properties"))) { //$NON-NLS-1$
				create(database, user, password);
			}
			try (Connection connection = embedded(database, user, password)) {
				new Migrator(user).migrate(connection, MigrationRegistry.contributed());
				grantToEveryone(connection);
			}
		} catch (SQLException e) {
			if ("08004".equals(e.getSQLState())) { //$NON-NLS-1$
				throw new StoreException(Reason.SERVER_UNAVAILABLE, NLS.bind(Messages.serverRefused, user, database),
						e.getSQLState(), e);
			}
			throw new StoreException(Reason.OTHER, NLS.bind(Messages.databaseFailed, database, e.getMessage()),
					e.getSQLState(), e);
		}
		if (guardEngine) {
			guardEngine(database);
		}
		try {
			NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(host), port, user,
					new String(password));
			control.start(log);
			awaitStart(control, host, port);
			return new DatabaseServer(database, user, password, control, host, port);
		} catch (StoreException e) {
			throw e;
		} catch (Exception e) {
			throw new StoreException(Reason.SERVER_UNAVAILABLE,
					NLS.bind(Messages.serverCannotStart, host + ':' + port, e.getMessage()), null, e);
		}
	}

	/**
	 * Creates the database with {@code owner} as its owner and turns on NATIVE authentication for it: users and
	 * their hashed passwords live in the database. Takes effect when the database boots again.
	 */
	private static void create(Path database, String owner, char[] password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", owner); //$NON-NLS-1$
		try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + database + ";create=true", properties)) { //$NON-NLS-1$ //$NON-NLS-2$
			try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
				call.setString(1, owner);
				call.setString(2, new String(password));
				call.execute();
			}
			setDatabaseProperty(connection, "derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			// Creating the owner's credentials may already have switched the database to NATIVE; it refuses a repeat.
			if (!String.valueOf(databaseProperty(connection, "derby.authentication.provider")).startsWith("NATIVE")) { //$NON-NLS-1$ //$NON-NLS-2$
				setDatabaseProperty(connection, "derby.authentication.provider", "NATIVE::LOCAL"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		try {
			new EmbeddedDriver().connect("jdbc:derby:" + database + ";shutdown=true", properties); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) { //$NON-NLS-1$
				throw e;
			}
		}
	}

	/**
	 * Requires authentication for the engine too, against the users of the database: without it Derby's network
	 * server obeys a shutdown command from anyone who can reach the port. Reboots the engine to apply it.
	 */
	private static void guardEngine(Path database) {
		try {
			new EmbeddedDriver().connect("jdbc:derby:;shutdown=true", new Properties()); //$NON-NLS-1$
		} catch (SQLException e) {
			// XJ015: the engine shut down
		}
		System.setProperty("derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		System.setProperty("derby.authentication.provider", "NATIVE:" + database + ":LOCAL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * With NATIVE authentication Derby enforces SQL authorization: only the owner may touch the owner's tables.
	 * Every user of the server works with every table (the store enforces roles), so grant them to PUBLIC, after
	 * each migration, which the owner runs at server start.
	 */
	private static void grantToEveryone(Connection connection) throws SQLException {
		java.util.List<String> tables = new java.util.ArrayList<>();
		try (java.sql.ResultSet rows = connection.getMetaData().getTables(null, Schema.NAME, "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME")); //$NON-NLS-1$
			}
		}
		java.util.List<String> sequences = new java.util.ArrayList<>();
		try (java.sql.PreparedStatement query = connection.prepareStatement("SELECT Q.SEQUENCENAME FROM SYS.SYSSEQUENCES Q " //$NON-NLS-1$
				+ "JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = Q.SCHEMAID WHERE S.SCHEMANAME = ?")) { //$NON-NLS-1$
			query.setString(1, Schema.NAME);
			try (java.sql.ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					sequences.add(rows.getString(1));
				}
			}
		}
		try (java.sql.Statement grant = connection.createStatement()) {
			for (String table : tables) {
				grant.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + Schema.NAME + '.' + table + " TO PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (String sequence : sequences) {
				grant.execute("GRANT USAGE ON SEQUENCE " + Schema.NAME + '.' + sequence + " TO PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static void setDatabaseProperty(Connection connection, String key, String value) throws SQLException {
		try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
			call.setString(1, key);
			call.setString(2, value);
			call.execute();
		}
	}

	private static String databaseProperty(Connection connection, String key) throws SQLException {
		try (java.sql.PreparedStatement query = connection
				.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) { //$NON-NLS-1$
			query.setString(1, key);
			try (java.sql.ResultSet row = query.executeQuery()) {
				return row.next() ? row.getString(1) : null;
			}
		}
	}

	private static void setIfAbsent(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}

	/** Adds a user who may connect (any user may read and write; the store enforces roles). */
	public void addUser(String name, char[] password) throws StoreException {
		try (Connection connection = embedded(database, owner, ownerPassword)) {
			addUser(connection, name, password);
		} catch (SQLException e) {
			throw new StoreException(Reason.OTHER, NLS.bind(Messages.serverUserFailed, name, e.getMessage()),
					e.getSQLState(), e);
		}
	}

	/** Adds a user through a connection of the database owner (embedded, or over the network). */
	public static void addUser(Connection ownerConnection, String name, char[] password) throws StoreException {
		try (CallableStatement call = ownerConnection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
			call.setString(1, name);
			call.setString(2, new String(password));
			call.execute();
		} catch (SQLException e) {
			throw new StoreException(Reason.OTHER, NLS.bind(Messages.serverUserFailed, name, e.getMessage()),
					e.getSQLState(), e);
		}
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	/** The database folder (absolute), which is also the database name clients may use. */
	public Path database() {
		return database;
	}

	/** Stops accepting connections and shuts the database down cleanly. */
	@Override
	public void close() {
		try {
			control.shutdown();
		} catch (Exception e) {
			// already stopped
		}
		try {
			Properties properties = credentials(owner, ownerPassword);
			new EmbeddedDriver().connect("jdbc:derby:" + database + ";shutdown=true", properties); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			// 08006: the database shut down, as asked
		}
	}

	private static Connection embedded(Path database, String user, char[] password) throws SQLException {
		Driver driver = new EmbeddedDriver();
		return Schema.use(driver.connect("jdbc:derby:" + database, credentials(user, password))); //$NON-NLS-1$
	}

	private static Properties credentials(String user, char[] password) {
		Properties properties = new Properties();
		properties.setProperty("user", user); //$NON-NLS-1$
		properties.setProperty("password", new String(password)); //$NON-NLS-1$
		return properties;
	}

	private static void awaitStart(NetworkServerControl control, String host, int port) throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (true) {
			try {
				control.ping();
				return;
			} catch (Exception e) {
				if (System.nanoTime() > deadline) {
					throw new StoreException(Reason.SERVER_UNAVAILABLE,
							NLS.bind(Messages.serverCannotStart, host + ':' + port, e.getMessage()), null, e);
				}
				Thread.sleep(100);
			}
		}
	}
}
