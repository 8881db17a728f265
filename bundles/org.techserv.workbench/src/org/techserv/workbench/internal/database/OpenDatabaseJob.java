package org.techserv.workbench.internal.database;

import java.sql.Connection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.workbench.internal.database.DatabaseState.Phase;
import org.techserv.workbench.internal.database.DatabaseState.Snapshot;

/**
 * Opens the workspace database (creating it on first start) in the background after the window shows, so a
 * problem such as a database held by another program is reported at once, not at the first save.
 */
public final class OpenDatabaseJob extends Job {

	public OpenDatabaseJob() {
		super(Messages.openingDatabase);
		setSystem(false);
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Database database = PlatformUI.getWorkbench().getService(Database.class);
		if (database == null) {
			return report(null, Messages.noDatabaseService, null);
		}
		DatabaseState.get().set(new Snapshot(Phase.OPENING, database.settings(), "")); //$NON-NLS-1$
		try (Connection connection = database.connect()) {
			connection.getMetaData(); // a round trip proves the database answers
			DatabaseState.get().set(new Snapshot(Phase.READY, database.settings(), "")); //$NON-NLS-1$
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return report(database, e.getMessage(), e);
		} catch (java.sql.SQLException e) {
			return report(database, e.getLocalizedMessage(), e);
		}
	}

	private IStatus report(Database database, String message, Exception cause) {
		DatabaseState.get().set(new Snapshot(Phase.FAILED, database == null ? null : database.settings(), message));
		IStatus status = Status.error(message, cause);
		StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
		return Status.OK_STATUS;
	}
}
