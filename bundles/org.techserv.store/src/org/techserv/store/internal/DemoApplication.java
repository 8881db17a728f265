package org.techserv.store.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.demo.DemoDataRegistry;
import org.techserv.store.demo.DemoDataRegistry.Contribution;
import org.techserv.store.WorkspaceCommand;

/**
 * {@code techserv demo}: fills the workspace's database with every installed feature's demo records, once. Claims
 * the workspace as the workbench does, so it never writes into a database a running workbench holds.
 */
public final class DemoApplication extends WorkspaceCommand {

	@Override
	protected int run(Database database, String[] args, Path workspace) throws StoreException, CoreException {
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
		return 0;
	}
}
