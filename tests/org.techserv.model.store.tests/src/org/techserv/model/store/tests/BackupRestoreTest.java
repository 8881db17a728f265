package org.techserv.model.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Task;
import org.techserv.model.store.TaskRepository;
import org.techserv.model.store.WorkItemSummary;
import org.techserv.store.Backups;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.internal.EmbeddedDerby;

/** An online backup taken while working, restored later, gives back exactly what was there. */
class BackupRestoreTest {

	@TempDir
	Path folder;

	@Test
	void aRestoredBackupAnswersQueriesAsTheDatabaseDidWhenItWasTaken() throws Exception {
		Path dbFolder = folder.resolve("workspace/database");
		EmbeddedDerby database = TestDatabases.embedded(dbFolder);
		TaskRepository tasks = new TaskRepository(database);
		for (int i = 0; i < 40; i++) {
			tasks.save(task("B-" + i, "Inspect unit " + i));
		}
		List<WorkItemSummary> atBackup = all(tasks);

		Path backup = Backups.backup(database, folder.resolve("backups")); // online: the database stays open
		tasks.save(task("AFTER-1", "Written after the backup"));
		Task changed = tasks.load(atBackup.get(0).id());
		changed.setTitle("Changed after the backup");
		tasks.save(changed);
		database.close();

		Path kept = Backups.restore(dbFolder, backup);

		EmbeddedDerby restored = new EmbeddedDerby(database.settings());
		try {
			List<WorkItemSummary> afterRestore = all(new TaskRepository(restored));
			assertEquals(atBackup, afterRestore, "the same rows, versions and values as at the backup");
		} finally {
			restored.close();
		}
		assertNotNull(kept, "the replaced database was kept");
		assertTrue(Files.isRegularFile(kept.resolve("service.properties")));
		EmbeddedDerby previous = new EmbeddedDerby(org.techserv.store.DatabaseSettings.embedded(kept));
		try {
			assertEquals(41, new TaskRepository(previous).count(), "the kept database still has the later work");
		} finally {
			previous.close();
		}
	}

	@Test
	void aFolderThatIsNotABackupIsRefusedAndTheDatabaseIsUntouched() throws Exception {
		Path dbFolder = folder.resolve("database");
		EmbeddedDerby database = TestDatabases.embedded(dbFolder);
		new TaskRepository(database).save(task("KEEP-1", "Must survive"));
		database.close();
		Path notABackup = Files.createDirectories(folder.resolve("holiday-photos"));

		StoreException refused = assertThrows(StoreException.class, () -> Backups.restore(dbFolder, notABackup));

		assertTrue(refused.getMessage().contains("holiday-photos is not a Techserv database backup"), refused.getMessage());
		EmbeddedDerby again = new EmbeddedDerby(database.settings());
		try {
			assertEquals(1, new TaskRepository(again).count());
		} finally {
			again.close();
		}
	}

	@Test
	void theWorkspaceItselfIsNotABackupEvenWhenItKeepsAnEarlierDatabase() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("workspace"));
		Path dbFolder = workspace.resolve("database");
		TestDatabases.embedded(dbFolder).close();
		Path backup = Files.createDirectories(folder.resolve("backups"));
		EmbeddedDerby open = new EmbeddedDerby(DatabaseSettings.embedded(dbFolder));
		Path copy = Backups.backup(open, backup);
		open.close();
		Backups.restore(dbFolder, copy); // keeps database.before-restore-... in the workspace

		StoreException refused = assertThrows(StoreException.class, () -> Backups.restore(dbFolder, workspace));

		assertTrue(refused.getMessage().contains("is not a Techserv database backup"), refused.getMessage());
	}

	private static List<WorkItemSummary> all(TaskRepository tasks) throws StoreException {
		List<WorkItemSummary> rows = new ArrayList<>();
		tasks.forEach(rows::add);
		assertNotEquals(0, rows.size());
		return rows;
	}

	private static Task task(String number, String title) {
		Task task = CoreFactory.eINSTANCE.createTask();
		task.setNumber(number);
		task.setTitle(title);
		task.setStatus("OPEN");
		return task;
	}
}
