package org.techserv.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.internal.EmbeddedDerby;

/** The embedded database on a real Derby engine: created on first use, kept across restarts, locked. */
class EmbeddedDerbyTest {

	@TempDir
	Path workspace;

	@Test
	void createsTheDatabaseOnFirstConnection() throws Exception {
		Path folder = workspace.resolve("database");
		EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder));
		assertFalse(database.exists(), "no database before the first connection");

		try (Connection connection = database.connect()) {
			assertEquals("Apache Derby", connection.getMetaData().getDatabaseProductName());
		} finally {
			database.close();
		}
		assertTrue(database.exists(), "the first connection creates the database");
		assertTrue(Files.isRegularFile(folder.resolve("service.properties")));
	}

	@Test
	void connectionsOpeningANewDatabaseAtOnceAllGetItsSchema() throws Exception {
		EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(workspace.resolve("database")));
		int threads = 6;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
		try {
			java.util.List<java.util.concurrent.Future<String>> schemas = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				schemas.add(pool.submit(() -> {
					together.await();
					try (Connection connection = database.connect(); Statement statement = connection.createStatement();
							ResultSet row = statement.executeQuery("VALUES CURRENT SCHEMA")) {
						row.next();
						return row.getString(1);
					}
				}));
			}
			for (java.util.concurrent.Future<String> schema : schemas) {
				assertEquals("TECHSERV", schema.get(), "as the workbench and its first views open it together");
			}
		} finally {
			pool.shutdownNow();
			database.close();
		}
	}

	@Test
	void keepsRowsAcrossARestartAndReleasesItsLock() throws Exception {
		DatabaseSettings settings = DatabaseSettings.embedded(workspace.resolve("database"));
		EmbeddedDerby first = new EmbeddedDerby(settings);
		try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE NOTE (ID INT PRIMARY KEY, TEXT VARCHAR(100))");
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO NOTE VALUES (?, ?)")) {
				insert.setInt(1, 1);
				insert.setString(2, "Kalibrasi ulang sensor suhu — cek lagi Senin");
				insert.executeUpdate();
			}
		}
		assertTrue(Files.exists(settings.embeddedPath().resolve("db.lck")), "a booted database holds Derby's lock");
		first.close();
		assertFalse(Files.exists(settings.embeddedPath().resolve("db.lck")), "a clean shutdown releases the lock");

		EmbeddedDerby second = new EmbeddedDerby(settings);
		try (Connection connection = second.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT TEXT FROM NOTE WHERE ID = 1")) {
			assertTrue(rows.next(), "the row written before the restart is there");
			assertEquals("Kalibrasi ulang sensor suhu — cek lagi Senin", rows.getString(1));
		} finally {
			second.close();
		}
	}

	@Test
	void refusesAFileWhereTheFolderShouldBeNamingThePath() throws Exception {
		Path file = Files.writeString(workspace.resolve("not-a-folder"), "x");
		EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(file));

		StoreException refused = assertThrows(StoreException.class, database::connect);
		assertEquals(StoreException.Reason.BAD_LOCATION, refused.reason());
		assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
		assertEquals("x", Files.readString(file), "the file is left as it was");
	}
}
