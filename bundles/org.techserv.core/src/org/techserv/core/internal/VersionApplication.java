package org.techserv.core.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.techserv.core.Installation;

/** {@code techserv version}: prints the product version and the installed features, one per line. */
public final class VersionApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		PrintStream out = System.out;
		out.println(Installation.productName("Techserv Workbench") + ' ' + Installation.productVersion()); //$NON-NLS-1$
		for (IBundleGroup feature : Installation.features()) {
			out.printf("  %-40s %-28s %s%n", feature.getName(), feature.getVersion(), feature.getIdentifier()); //$NON-NLS-1$
		}
		return EXIT_OK;
	}

	@Override
	public void stop() {
		// returns at once
	}
}
