package org.techserv.work.tests;

import java.nio.file.Path;
import java.sql.Connection;

import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** A fresh embedded database with every installed module's tables (core, equipment, library). */
final class TestDatabase {

	private TestDatabase() {
	}

	static EmbeddedDerby migrated(Path folder) throws Exception {
		EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		return database;
	}
}
