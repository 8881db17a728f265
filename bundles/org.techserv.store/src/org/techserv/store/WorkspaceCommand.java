package org.techserv.store;

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
import org.techserv.store.internal.Messages;

/**
 * A headless command on the workspace's database ({@code techserv demo}, {@code backup}, {@code restore},
 * {@code import-marc}, ... and third parties' own): claims the workspace as the workbench does, so it never works
 * on a database a running workbench holds, then waits for the database and runs; a refusal is printed and ends
 * with a non-zero exit status. Register a subclass as an Eclipse application ({@code org.eclipse.core.runtime.applications}).
 */
public abstract class WorkspaceCommand implements IApplication {

	/**
	 * Runs on the claimed workspace's database; returns the exit status. A failure's message is printed (exit
	 * status 1).
	 *
	 * @param args the command's arguments, never null
	 */
	protected abstract int run(Database database, String[] args, Path workspace)
			throws StoreException, CoreException, IOException;

	/** The usage to print when the arguments will not do (exit status 2), or null; asked before claiming. */
	protected String misuse(String[] args) {
		return null;
	}

	/** What to print when a running workbench (or another command) holds the workspace. */
	protected String workspaceBusy(Path workspace) {
		return NLS.bind(Messages.workspaceBusy, workspace);
	}

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] given = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = given == null ? new String[0] : given;
		String misuse = misuse(args);
		if (misuse != null) {
			System.err.println(misuse);
			return Integer.valueOf(2);
		}
		Location instance = Platform.getInstanceLocation();
		Path workspace = org.techserv.core.Locations.toPath(instance).orElse(null);
		try {
			if (!instance.lock()) {
				System.err.println(workspaceBusy(workspace));
				return Integer.valueOf(1);
			}
		} catch (IOException e) {
			System.err.println(workspaceBusy(workspace) + ' ' + e.getMessage());
			return Integer.valueOf(1);
		}
		BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<Database, Database> tracker = new ServiceTracker<>(bundle, Database.class, null);
		tracker.open();
		try {
			return Integer.valueOf(run(tracker.waitForService(30_000), args, workspace));
		} catch (StoreException | CoreException | IOException e) {
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
