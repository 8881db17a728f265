package org.techserv.model.store.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.store.Database;
import org.techserv.store.internal.DatabaseServer;

/**
 * The repository contract through Derby's network server with authentication: two users connect with the
 * client driver, as two workstations would.
 */
class NetworkServerRepositoryTest extends RepositoryContract {

	@TempDir
	Path folder;

	private DatabaseServer server;
	private Database first;
	private Database second;

	@BeforeEach
	void start() throws Exception {
		server = TestDatabases.server(folder, "admin", "rahasia-admin".toCharArray());
		server.addUser("teknisi1", "sandi-1".toCharArray());
		server.addUser("teknisi2", "sandi-2".toCharArray());
		first = TestDatabases.client(server, "teknisi1", "sandi-1".toCharArray());
		second = TestDatabases.client(server, "teknisi2", "sandi-2".toCharArray());
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Override
	protected Database first() {
		return first;
	}

	@Override
	protected Database second() {
		return second;
	}
}
