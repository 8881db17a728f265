package org.techserv.library.store.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.WorkspaceCommand;

/**
 * A headless MARC command on the workspace's database ({@code techserv import-marc}, {@code techserv export-marc}):
 * never writes into a database a running workbench holds.
 */
abstract class MarcCommand extends WorkspaceCommand {

	/** Runs with the command's arguments; returns the exit status. */
	abstract int run(Database database, String[] args) throws StoreException, IOException;

	@Override
	protected final int run(Database database, String[] args, Path workspace) throws StoreException, IOException {
		return run(database, args);
	}

	@Override
	protected String workspaceBusy(Path workspace) {
		return NLS.bind(Messages.workspaceBusy, workspace);
	}
}
