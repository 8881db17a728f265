package org.techserv.library.store.internal;

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
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * A headless command on the workspace's database ({@code techserv import-marc}, {@code techserv export-marc}):
 * claims the workspace as the workbench does, so it never writes into a database a running workbench holds.
 */
abstract class MarcCommand implements IApplication {

	/** Runs with the command's arguments; returns the exit status. */
	abstract int run(Database database, String[] args) throws StoreException, IOException;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Location instance = Platform.getInstanceLocation();
		Path workspace = org.techserv.core.Locations.toPath(instance).orElse(null);
		if (!instance.lock()) {
			System.err.println(NLS.bind(org.techserv.library.store.internal.Messages.workspaceBusy, workspace));
			return Integer.valueOf(1);
		}
		BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<Database, Database> tracker = new ServiceTracker<>(bundle, Database.class, null);
		tracker.open();
		try {
			return Integer.valueOf(run(tracker.waitForService(30_000), args == null ? new String[0] : args));
		} catch (StoreException | IOException e) {
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
