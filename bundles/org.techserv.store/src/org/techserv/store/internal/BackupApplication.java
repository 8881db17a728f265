package org.techserv.store.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.techserv.store.Backups;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.WorkspaceCommand;

/**
 * {@code techserv backup DIR} and {@code techserv restore DIR} for the workspace's database, headless. They claim
 * the workspace as the workbench does, so they never work on a database a running workbench holds.
 */
public abstract class BackupApplication extends WorkspaceCommand {

	/** {@code techserv backup DIR}. */
	public static final class Backup extends BackupApplication {
		@Override
		int run(Database database, Path folder, Path workspace) throws StoreException {
			System.out.println(NLS.bind(Messages.backupDone, Backups.backup(database, folder)));
			return 0;
		}
	}

	/** {@code techserv restore DIR}: embedded databases only; a server is restored on its machine, stopped. */
	public static final class Restore extends BackupApplication {
		@Override
		int run(Database database, Path backup, Path workspace) throws StoreException {
			DatabaseSettings settings = database.settings();
			if (settings.mode() != DatabaseSettings.Mode.EMBEDDED) {
				System.err.println(Messages.restoreServer);
				return 2;
			}
			Path kept = Backups.restore(settings.embeddedPath(), backup);
			System.out.println(NLS.bind(Messages.restoreDone, backup, kept));
			return 0;
		}
	}

	abstract int run(Database database, Path folder, Path workspace) throws StoreException;

	@Override
	protected final int run(Database database, String[] args, Path workspace) throws StoreException {
		return run(database, Path.of(args[0]).toAbsolutePath(), workspace);
	}

	@Override
	protected String misuse(String[] args) {
		return args == null || args.length != 1 ? Messages.backupUsage : null;
	}
}
