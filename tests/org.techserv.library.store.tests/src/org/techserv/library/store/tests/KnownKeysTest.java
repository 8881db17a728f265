package org.techserv.library.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.store.internal.KnownKeys;
import org.techserv.library.store.internal.RecordRows.Values;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * Which records of an import are looked up for duplicates when the catalogue's keys were read first: those with a
 * key the catalogue holds or the import brought before, and every record once too many keys are kept.
 */
class KnownKeysTest {

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private Connection connection;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		connection = database.connect();
		new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO LIBRARY_RECORD (ID, VERSION, "
				+ "CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT, LEADER, CONTROL_NUMBER, CONTROL_ID, ISBN, MARC) "
				+ "VALUES (?, 1, 'test', CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < 100; i++) {
				insert.setLong(1, i + 1);
				insert.setString(2, "00000nam a2200000 a 4500");
				insert.setString(3, "stored-" + i);
				insert.setString(4, i % 2 == 0 ? "DLC" : null);
				insert.setString(5, i < 50 ? "97800000000" + String.format("%02d", i) : null);
				insert.setBytes(6, new byte[] { 0 });
				insert.executeUpdate();
			}
		}
	}

	@AfterEach
	void close() throws Exception {
		connection.close();
		database.close();
	}

	@Test
	void onlyRecordsWithAKeyTheCatalogueOrTheImportHoldsAreLookedUp() throws Exception {
		KnownKeys known = KnownKeys.read(connection, 1_000);
		assertNotNull(known, "200 keys at most: read");

		List<Values> batch = new ArrayList<>();
		batch.add(values("new-1", null, "9781111111111"));
		batch.add(values("stored-3", null, null)); // 001 and 003 as stored
		batch.add(values("stored-4", null, null)); // stored with 003 DLC: another agency's record
		batch.add(values("new-2", null, "9780000000007")); // a stored ISBN
		batch.add(values("new-1", "DLC", null)); // an earlier record's 001, with another 003
		batch.add(values("new-3", null, "9781111111111")); // an earlier record's ISBN
		assertEquals(List.of("stored-3", "new-2", "new-3"), looked(known, batch));

		List<Values> next = List.of(values("new-1", null, null), values("new-4", null, null));
		assertEquals(List.of("new-1"), looked(known, next), "keys of earlier batches are kept");
	}

	@Test
	void aCatalogueWithMoreKeysThanTheLimitIsNotRead() throws Exception {
		assertNull(KnownKeys.read(connection, 149), "150 keys");
		assertNotNull(KnownKeys.read(connection, 150));
	}

	@Test
	void pastTheMostKeysEveryRecordIsLookedUp() throws Exception {
		KnownKeys known = KnownKeys.read(connection, 1_000, 160);
		List<Values> batch = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			batch.add(values("new-" + i, null, null)); // 150 + 10 keys fit, the rest do not
		}
		List<String> looked = looked(known, batch);
		assertEquals(batch.size() - 10, looked.size(), looked.toString());
		assertEquals(List.of("new-0", "new-1"), looked(known, List.of(values("new-0", null, null),
				values("new-1", null, null))), "once full, every record: the first ten are not remembered either");
	}

	private static Values values(String controlNumber, String agency, String isbn) {
		return new Values("00000nam a2200000 a 4500", controlNumber, agency, null, null, isbn, null, null, null, null,
				null, new byte[0]);
	}

	/** The control numbers of the records that are looked up. */
	private static List<String> looked(KnownKeys known, List<Values> batch) {
		return known.mayDuplicate(batch).stream().mapToObj(i -> batch.get(i).controlNumber()).toList();
	}
}
