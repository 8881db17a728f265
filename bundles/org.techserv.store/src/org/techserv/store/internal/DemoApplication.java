package org.techserv.store.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.techserv.store.demo.DemoDataRegistry;
import org.techserv.store.demo.DemoDataRegistry.Contribution;

/**
 * {@code techserv demo}: fills the workspace's database with every installed feature's demo records, once. Claims
 * the workspace as the workbench does, so it never writes into a database a running workbench holds.
 */
public final class DemoApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
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
			for (Contribution contribution : DemoDataRegistry.read(Platform.getExtensionRegistry())) {
				if (contribution.data().present(database)) {
					System.out.println(NLS.bind(Messages.demoPresent, contribution.name()));
					continue;
				}
				long start = System.nanoTime();
				String summary = contribution.data().load(database, new NullProgressMonitor());
				System.out.println(NLS.bind(Messages.demoLoaded, new Object[] { contribution.name(), summary,
						(System.nanoTime() - start) / 1_000_000 }));
			}
			return Integer.valueOf(0);
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
