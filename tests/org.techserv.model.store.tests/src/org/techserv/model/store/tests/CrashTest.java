package org.techserv.model.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.model.store.TaskRepository;
import org.techserv.store.internal.EmbeddedDerby;

/**
 * A workstation dies (SIGKILL) in the middle of a large transaction: on reopen every committed row is there and
 * nothing of the transaction in flight.
 */
class CrashTest {

	/** Writes committed work items, then a large uncommitted batch; says MID when it is half-way. */
	private static final String WRITER = """
			import java.sql.*;
			import java.util.Properties;
			public class CrashWriter {
			  public static void main(String[] args) throws Exception {
			    Connection c = new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + args[0], new Properties());
			    c.createStatement().execute("SET SCHEMA TECHSERV");
			    c.setAutoCommit(false);
			    PreparedStatement item = c.prepareStatement("INSERT INTO CORE_WORK_ITEM (ID, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT, KIND, NUMBER, TITLE, STATUS, PRIORITY) VALUES (NEXT VALUE FOR TS_ID, 1, 'crash', CURRENT_TIMESTAMP, 'crash', CURRENT_TIMESTAMP, 'Task', ?, ?, 'OPEN', 'NORMAL')");
			    for (int i = 0; i < 1000; i++) {
			      item.setString(1, "C-" + i); item.setString(2, "committed " + i); item.executeUpdate();
			      if (i % 100 == 99) c.commit();
			    }
			    System.out.println("COMMITTED 1000"); System.out.flush();
			    for (int i = 0; i < 200000; i++) {
			      item.setString(1, "U-" + i); item.setString(2, "in flight " + i); item.executeUpdate();
			      if (i == 20000) { System.out.println("MID"); System.out.flush(); }
			    }
			    System.out.println("UNEXPECTED END"); c.commit();
			  }
			}
			""";

	@TempDir
	Path folder;

	@Test
	void aKilledWriterLosesOnlyItsUncommittedTransaction() throws Exception {
		Path db = folder.resolve("db");
		EmbeddedDerby prepared = TestDatabases.embedded(db);
		prepared.close();

		Process writer = DerbyProcess.start(folder, "CrashWriter", WRITER, db.toString());
		try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			StringBuilder seen = new StringBuilder();
			for (String line; (line = out.readLine()) != null;) {
				seen.append(line).append('\n');
				if (line.equals("MID")) {
					break;
				}
			}
			assertTrue(seen.toString().contains("COMMITTED 1000") && seen.toString().contains("MID"),
					"the writer got half-way: " + seen);
			writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean Derby shutdown
			assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer died");
		} finally {
			writer.destroyForcibly();
		}

		EmbeddedDerby reopened = new EmbeddedDerby(prepared.settings());
		try (Connection c = reopened.connect(); Statement sql = c.createStatement()) {
			assertEquals(1000, count(sql, "SELECT COUNT(*) FROM CORE_WORK_ITEM WHERE NUMBER LIKE 'C-%'"),
					"every committed row is there");
			assertEquals(0, count(sql, "SELECT COUNT(*) FROM CORE_WORK_ITEM WHERE NUMBER LIKE 'U-%'"),
					"nothing of the transaction in flight");
		} finally {
			reopened.close();
		}
		if (writer.isAlive()) {
			fail("the writer survived SIGKILL");
		}
		// The repositories work on the recovered database.
		EmbeddedDerby again = new EmbeddedDerby(prepared.settings());
		try {
			assertEquals(1000, new TaskRepository(again).count());
		} finally {
			again.close();
		}
	}

	private static long count(Statement sql, String query) throws Exception {
		try (ResultSet row = sql.executeQuery(query)) {
			row.next();
			return row.getLong(1);
		}
	}
}
