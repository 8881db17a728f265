package org.techserv.model.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.techserv.model.store.internal.CoreTables;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.emf.Column;
import org.techserv.store.emf.ValueType;
import org.techserv.store.migration.Migration;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.MigrationSource;
import org.techserv.store.migration.Migrator;

/**
 * Versioned schema migrations on a real Derby database: from empty, from the previous version keeping every
 * row, and the refusals (newer database, changed migration, failing migration).
 */
class MigrationTest {

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private Connection connection;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		connection = database.connect();
	}

	@AfterEach
	void close() throws Exception {
		connection.close();
		database.close();
	}

	@Test
	void anEmptyDatabaseGetsEveryInstalledSchema() throws Exception {
		Migrator.Result result = new Migrator("installer").migrate(connection, MigrationRegistry.contributed());

		assertEquals(List.of(1), result.applied().get("store"));
		assertEquals(List.of(1), result.applied().get("core"));
		assertTrue(tableExists("TS_AUDIT") && tableExists("CORE_PARTY") && tableExists("CORE_TASK"));
		assertFalse(new Migrator("installer").migrate(connection, MigrationRegistry.contributed()).changedAnything(),
				"a second run finds nothing to do");
	}

	@Test
	void aDatabaseAtThePreviousVersionIsUpgradedKeepingEveryRow() throws Exception {
		new Migrator("v1").migrate(connection, List.of(source("migtest-v1")));
		try (Statement sql = connection.createStatement()) {
			for (int i = 1; i <= 50; i++) {
				sql.executeUpdate("INSERT INTO MIGTEST_GADGET (ID, NAME) VALUES (" + i + ", 'gadget " + i + "')");
			}
		}

		Migrator.Result result = new Migrator("v2").migrate(connection, List.of(source("migtest-v2")));

		assertEquals(List.of(2), result.applied().get("migtest"));
		assertEquals(List.of(1, 2), Migrator.appliedVersions(connection, "migtest"));
		try (Statement sql = connection.createStatement();
				ResultSet row = sql.executeQuery("SELECT COUNT(*), MIN(COLOUR), MAX(NAME) FROM MIGTEST_GADGET")) {
			row.next();
			assertEquals(50, row.getInt(1), "every row is still there");
			assertEquals("grey", row.getString(2), "and has the new column's default");
			assertEquals("gadget 9", row.getString(3));
		}
	}

	@Test
	void aDatabaseFromANewerReleaseIsRefused() throws Exception {
		new Migrator("new release").migrate(connection, List.of(source("migtest-v2")));

		StoreException refused = assertThrows(StoreException.class,
				() -> new Migrator("old release").migrate(connection, List.of(source("migtest-v1"))));

		assertEquals(StoreException.Reason.NEWER_RELEASE, refused.reason());
		assertTrue(refused.getMessage().contains("\"migtest\" schema is at version 2, this release knows version 1"),
				refused.getMessage());
	}

	@Test
	void aMigrationChangedAfterItWasAppliedIsRefused() throws Exception {
		new Migrator("v1").migrate(connection, List.of(source("migtest-v1")));
		Migration original = source("migtest-v1").migrations().get(0);
		Migration edited = new Migration(1, original.description(), original.script() + "\n-- edited later\n");

		StoreException refused = assertThrows(StoreException.class, () -> new Migrator("v1 again")
				.migrate(connection, List.of(new MigrationSource("migtest", 100, List.of(edited)))));

		assertEquals(StoreException.Reason.MIGRATION_FAILED, refused.reason());
		assertTrue(refused.getMessage().contains("Migration 1 of the \"migtest\" schema was changed"), refused.getMessage());
	}

	@Test
	void aFailingMigrationLeavesTheDatabaseAtItsPreviousVersion() throws Exception {
		new Migrator("v2").migrate(connection, List.of(source("migtest-v2")));

		StoreException failed = assertThrows(StoreException.class,
				() -> new Migrator("v3").migrate(connection, List.of(source("migtest-v3-broken"))));

		assertEquals(StoreException.Reason.MIGRATION_FAILED, failed.reason());
		assertTrue(failed.getMessage().contains("to version 3 (broken) failed"), failed.getMessage());
		assertTrue(failed.getMessage().contains("left at version 2"), failed.getMessage());
		assertEquals(List.of(1, 2), Migrator.appliedVersions(connection, "migtest"));
		assertFalse(tableExists("MIGTEST_HALF"), "the statement before the failing one was rolled back too");
	}

	@Test
	void everyTextColumnIsAsLongAsItsModelValueTypeAllows() throws Exception {
		new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		Map<String, List<Column>> tables = new LinkedHashMap<>();
		tables.put(CoreTables.PARTY.table(), CoreTables.PARTY.columns());
		tables.put("CORE_PARTY_ROLE", CoreTables.ROLE_COLUMNS);
		tables.put(CoreTables.WORK_ITEM.table(), CoreTables.WORK_ITEM.columns());
		tables.put(CoreTables.TASK.table(), CoreTables.TASK.columns());
		for (var rows : List.of(CoreTables.ADDRESSES, CoreTables.NOTES, CoreTables.ATTACHMENTS, CoreTables.QUALIFICATIONS)) {
			tables.put(rows.table(), rows.columns());
		}
		int checked = 0;
		for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
			for (Column column : table.getValue()) {
				if (column.attribute() == null || column.type() != ValueType.STRING) {
					continue;
				}
				int max = ExtendedMetaData.INSTANCE.getMaxLengthFacet(column.attribute().getEAttributeType());
				try (ResultSet row = connection.getMetaData().getColumns(null, null, table.getKey(), column.name())) {
					assertTrue(row.next(), table.getKey() + "." + column.name() + " exists");
					int size = row.getInt("COLUMN_SIZE");
					String where = table.getKey() + "." + column.name() + " for " + column.attribute().getName();
					if (max > 0) {
						assertEquals(max, size, where);
					} else {
						assertTrue(size >= 2, where);
					}
					checked++;
				}
			}
		}
		assertTrue(checked > 20, "the loop saw the tables: checked " + checked + " columns");
	}

	private MigrationSource source(String folderName) throws StoreException {
		Bundle bundle = FrameworkUtil.getBundle(MigrationTest.class);
		return new MigrationSource("migtest", 100, MigrationRegistry.scripts(bundle, "db/" + folderName));
	}

	private boolean tableExists(String table) throws SQLException {
		try (ResultSet rows = connection.getMetaData().getTables(null, null, table, null)) {
			return rows.next();
		}
	}
}
