package org.techserv.store.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.techserv.store.Backups;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;

/**
 * {@code techserv backup DIR} and {@code techserv restore DIR} for the workspace's database, headless. They claim
 * the workspace as the workbench does, so they never work on a database a running workbench holds.
 */
public abstract class BackupApplication implements IApplication {

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
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args == null || args.length != 1) {
			System.err.println(Messages.backupUsage);
			return Integer.valueOf(2);
		}
		Location instance = Platform.getInstanceLocation();
		Path workspace = org.techserv.core.Locations.toPath(instance).orElse(null);
		try {
			if (!instance.lock()) {
				System.err.println(NLS.bind(Messages.workspaceBusy, workspace));
				return Integer.valueOf(1);
			}
		} catch (IOException e) {
			System.err.println(NLS.bind(Messages.workspaceBusy, workspace) + ' ' + e.getMessage());
			return Integer.valueOf(1);
		}
		BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<Database, Database> tracker = new ServiceTracker<>(bundle, Database.class, null);
		tracker.open();
		try {
			Database database = tracker.waitForService(30_000);
			return Integer.valueOf(run(database, Path.of(args[0]).toAbsolutePath(), workspace));
		} catch (StoreException e) {
			System.err.println(e.getMessage());
			return Integer.valueOf(1);
		} finally {
			tracker.close();
			instance.release();
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
