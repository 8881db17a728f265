package org.techserv.model.store.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;

import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.internal.ClientDerby;
import org.techserv.store.internal.DatabaseServer;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** Real databases for tests: embedded Derby in a folder, or the network server with the client driver. */
final class TestDatabases {

	static final String HOST = "127.0.0.1";

	private TestDatabases() {
	}

	/** A fresh embedded database in {@code folder}, migrated to the installed schemas. */
	static EmbeddedDerby embedded(Path folder) throws StoreException {
		EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder));
		migrate(database, "installer");
		return database;
	}

	/** The same database, working as {@code user} (as another person at another workstation would). */
	static Database as(Database database, String user) {
		return new Database() {
			@Override
			public Connection connect() throws StoreException {
				return database.connect();
			}

			@Override
			public DatabaseSettings settings() {
				return database.settings();
			}

			@Override
			public String user() {
				return user;
			}
		};
	}

	static void migrate(Database database, String user) throws StoreException {
		try (Connection connection = database.connect()) {
			new Migrator(user).migrate(connection, MigrationRegistry.contributed());
		} catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The network server over a fresh database in {@code folder} on a free port, owned by {@code owner}. */
	static DatabaseServer server(Path folder, String owner, char[] password) throws StoreException, IOException {
		StringWriter log = new StringWriter();
		return DatabaseServer.start(folder, HOST, freePort(), owner, password, new PrintWriter(log, true), false);
	}

	/** A client of the server as {@code user}; the database is named by its absolute path. */
	static Database client(DatabaseServer server, String user, char[] password) {
		DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.Mode.SERVER, server.database(), HOST,
				server.port(), server.database().toString(), user);
		return new ClientDerby(settings, problem -> problem == null ? password : null);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
	}
}
