package org.techserv.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The installation as a user starts it: through the {@code techserv} script, on a workspace of its own, with a
 * real window (Xvfb under CI) and a real embedded database.
 */
class ProductLaunchTest {

	private static final Duration START = Duration.ofSeconds(90);
	private static final Map<String, String> TIMED = Map.of("TECHSERV_VM_ARGS", "-Dtechserv.launchTimer=true");

	private Path workspace;

	@BeforeEach
	void freshWorkspace() throws Exception {
		Path root = Path.of(System.getProperty("techserv.test.dir", "target/product-tests"));
		Files.createDirectories(root);
		workspace = Files.createTempDirectory(root, "workspace-");
	}

	@Test
	void versionPrintsTheProductAndItsFeatures() throws Exception {
		try (Installation.Run run = Installation.start(Map.of(), "version", "-data", workspace.toString())) {
			assertEquals(0, run.awaitExit(START), String.join("\n", run.lines));
			assertTrue(run.printed(l -> l.matches("Techserv Workbench 0\\.1\\.0\\.\\S+")), String.join("\n", run.lines));
			assertTrue(run.printed(l -> l.contains("Techserv Platform") && l.contains("org.techserv.platform.feature")),
					String.join("\n", run.lines));
		}
	}

	@Test
	void opensCreatesTheDatabaseRefusesASecondWorkbenchAndShutsDownCleanly() throws Exception {
		Path database = workspace.resolve("database");
		try (Installation.Run first = Installation.start(TIMED, "-data", workspace.toString(), "-consoleLog")) {
			first.awaitLine(l -> l.startsWith("TECHSERV_WINDOW_OPEN"), START, "open workbench window");
			awaitFile(database.resolve("service.properties"), "the embedded database to be created");

			try (Installation.Run second = Installation.start(TIMED, "-data", workspace.toString())) {
				second.awaitLine(l -> l.contains("is in use by another Techserv Workbench"), START,
						"message that the workspace is in use");
				assertTrue(second.printed(l -> l.contains(workspace.toString())), "the message names the workspace");
				assertFalse(second.printed(l -> l.startsWith("TECHSERV_WINDOW_OPEN")), "no second workbench window");
			}

			Installation.closeWindow("Techserv Workbench");
			assertEquals(0, first.awaitExit(Duration.ofSeconds(60)), String.join("\n", first.lines));
		}
		assertFalse(Files.exists(database.resolve("db.lck")), "Derby was shut down: its lock file is gone");
		assertTrue(Files.readString(workspace.resolve(".metadata/derby.log")).contains("Shutting down instance"),
				"derby.log records the shutdown");

		try (Installation.Run again = Installation.start(TIMED, "-data", workspace.toString())) {
			again.awaitLine(l -> l.startsWith("TECHSERV_WINDOW_OPEN"), START, "workbench window after a restart");
			Installation.closeWindow("Techserv Workbench");
			assertEquals(0, again.awaitExit(Duration.ofSeconds(60)), String.join("\n", again.lines));
		}
	}

	private static void awaitFile(Path file, String what) throws InterruptedException {
		long deadline = System.nanoTime() + START.toNanos();
		while (!Files.exists(file)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what + ": " + file);
			}
			Thread.sleep(100);
		}
	}
}
