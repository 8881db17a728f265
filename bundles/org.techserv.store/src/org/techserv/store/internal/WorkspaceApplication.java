package org.techserv.store.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
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
 * A headless command on the workspace's database ({@code techserv demo}, {@code backup}, {@code restore}): claims
 * the workspace as the workbench does, so it never works on a database a running workbench holds, then waits for
 * the database and runs; a refusal is printed and ends with a non-zero exit status.
 */
public abstract class WorkspaceApplication implements IApplication {

	/** Runs on the claimed workspace's database; returns the exit status. */
	abstract int run(Database database, String[] args, Path workspace) throws StoreException, CoreException;

	/** The usage to print when the arguments will not do (exit status 2), or null; asked before claiming. */
	String misuse(String[] args) {
		return null;
	}

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String misuse = misuse(args);
		if (misuse != null) {
			System.err.println(misuse);
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
			return Integer.valueOf(run(tracker.waitForService(30_000), args, workspace));
		} catch (StoreException | CoreException e) {
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
