package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code techserv server} as an administrator runs it: first start creates the database, users are added while
 * it runs, wrong passwords are refused, Ctrl+C (SIGTERM) stops it cleanly; then {@code techserv backup} and
 * {@code restore} on a workspace.
 */
class ServerCommandTest {

	private static final Duration START = Duration.ofSeconds(90);

	@Test
	void theServerCreatesItsDatabaseAddsUsersAndStopsCleanly() throws Exception {
		Path root = Files.createDirectories(Path.of(System.getProperty("techserv.test.dir", "target/product-tests")));
		Path folder = Files.createTempDirectory(root, "server-");
		String port = String.valueOf(freePort());
		Map<String, String> owner = Map.of("TECHSERV_DB_PASSWORD", "rahasia-admin");
		try (Installation.Run server = Installation.start(owner, "server", "--user", "admin", "--port", port, "--dir",
				folder.toString())) {
			server.awaitLine(l -> l.contains("listening on 127.0.0.1:" + port), START, "server start line");
			assertTrue(Files.isRegularFile(folder.resolve("techserv/service.properties")), "the database was created");

			try (Installation.Run add = Installation.start(Map.of("TECHSERV_DB_PASSWORD", "rahasia-admin",
					"TECHSERV_NEW_PASSWORD", "sandi-siti"), "server", "--user", "admin", "--port", port, "--add-user",
					"siti")) {
				assertEquals(0, add.awaitExit(START), String.join("\n", add.lines));
				assertTrue(add.printed(l -> l.contains("User siti can now connect")), String.join("\n", add.lines));
			}
			try (Installation.Run wrong = Installation.start(Map.of("TECHSERV_DB_PASSWORD", "not-the-password",
					"TECHSERV_NEW_PASSWORD", "x"), "server", "--user", "admin", "--port", port, "--add-user", "eve")) {
				assertEquals(1, wrong.awaitExit(START), String.join("\n", wrong.lines));
				assertTrue(wrong.printed(l -> l.contains("refused user admin: wrong user name or password")),
						String.join("\n", wrong.lines));
			}

			server.process.descendants().filter(p -> p.info().command().orElse("").contains("java"))
					.forEach(ProcessHandle::destroy); // SIGTERM, as Ctrl+C would
			int exit = server.awaitExit(Duration.ofSeconds(60));
			assertTrue(exit == 0 || exit == 143, "stopped by the signal, not crashed: " + exit);
		}
		assertTrue(Files.notExists(folder.resolve("techserv/db.lck")), "the database was shut down cleanly");
	}

	@Test
	void backupAndRestoreRunHeadlessOnAWorkspace() throws Exception {
		Path root = Files.createDirectories(Path.of(System.getProperty("techserv.test.dir", "target/product-tests")));
		Path workspace = Files.createTempDirectory(root, "workspace-");
		Path backups = Files.createTempDirectory(root, "backups-");
		try (Installation.Run backup = Installation.start(Map.of(), "backup", backups.toString(), "-data",
				workspace.toString())) {
			assertEquals(0, backup.awaitExit(START), String.join("\n", backup.lines));
			assertTrue(backup.printed(l -> l.startsWith("Backup written to " + backups)), String.join("\n", backup.lines));
		}
		Path copy;
		try (var children = Files.list(backups)) {
			copy = children.findFirst().orElseThrow();
		}
		try (Installation.Run restore = Installation.start(Map.of(), "restore", copy.toString(), "-data",
				workspace.toString())) {
			assertEquals(0, restore.awaitExit(START), String.join("\n", restore.lines));
			assertTrue(restore.printed(l -> l.startsWith("Database restored from")), String.join("\n", restore.lines));
		}
		try (Installation.Run refused = Installation.start(Map.of(), "restore", workspace.toString(), "-data",
				workspace.toString())) {
			assertEquals(1, refused.awaitExit(START), String.join("\n", refused.lines));
			assertTrue(refused.printed(l -> l.contains("is not a Techserv database backup")), String.join("\n", refused.lines));
		}
	}

	@Test
	void demoFillsAWorkspaceOnce() throws Exception {
		Path root = Files.createDirectories(Path.of(System.getProperty("techserv.test.dir", "target/product-tests")));
		Path workspace = Files.createTempDirectory(root, "demo-");
		try (Installation.Run demo = Installation.start(Map.of(), "demo", "-data", workspace.toString())) {
			assertEquals(0, demo.awaitExit(Duration.ofMinutes(3)), String.join("\n", demo.lines));
			assertTrue(demo.printed(l -> l.matches("Equipment shop: added \\d+ technicians, \\d+ customers, .* service orders \\(\\d+ ms\\)\\.")),
					String.join("\n", demo.lines));
		}
		try (Installation.Run again = Installation.start(Map.of(), "demo", "-data", workspace.toString())) {
			assertEquals(0, again.awaitExit(START), String.join("\n", again.lines));
			assertTrue(again.printed(l -> l.equals("Equipment shop: demo records already there, nothing added.")),
					String.join("\n", again.lines));
		}
	}

	@Test
	void importMarcPrintsWhatItImportedAndEachRejectedRecordThenExportWritesThemAll() throws Exception {
		Path root = Files.createDirectories(Path.of(System.getProperty("techserv.test.dir", "target/product-tests")));
		Path workspace = Files.createTempDirectory(root, "marc-");
		String sample = "/usr/share/doc/idzebra-2.0/examples/marc21/sample-marc.gz";
		try (Installation.Run run = Installation.start(Map.of(), "import-marc", "-data", workspace.toString(), sample)) {
			assertEquals(3, run.awaitExit(START), "some records were rejected:\n" + String.join("\n", run.lines));
			assertTrue(run.printed(l -> l.equals("imported 23, rejected 2")), String.join("\n", run.lines));
			assertTrue(run.printed(l -> l.startsWith("sample-marc.gz: record 24 at byte ") && l.contains("danMARC")),
					String.join("\n", run.lines));
		}
		try (Installation.Run again = Installation.start(Map.of(), "import-marc", "-data", workspace.toString(),
				"--format", "iso2709", sample)) {
			assertEquals(3, again.awaitExit(START), String.join("\n", again.lines));
			assertTrue(again.printed(l -> l.equals("imported 0, rejected 2")), String.join("\n", again.lines));
			assertTrue(again.printed(l -> l.startsWith("skipped 23 records the catalogue already has")),
					String.join("\n", again.lines));
		}
		Path exported = workspace.resolve("catalogue.xml");
		try (Installation.Run export = Installation.start(Map.of(), "export-marc", "-data", workspace.toString(),
				"--format", "marcxml", exported.toString())) {
			assertEquals(0, export.awaitExit(START), String.join("\n", export.lines));
			assertTrue(export.printed(l -> l.equals("exported 23 records to " + exported)), String.join("\n", export.lines));
		}
		assertEquals(23, Files.readString(exported).split("<marc:record>", -1).length - 1);
		try (Installation.Run wrong = Installation.start(Map.of(), "import-marc", "-data", workspace.toString(),
				"--format", "pdf", sample)) {
			assertEquals(2, wrong.awaitExit(START), String.join("\n", wrong.lines));
			assertTrue(wrong.printed(l -> l.startsWith("usage: techserv import-marc")), String.join("\n", wrong.lines));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}
}
