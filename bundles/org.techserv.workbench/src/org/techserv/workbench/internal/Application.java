package org.techserv.workbench.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.techserv.core.Locations;

/**
 * Starts Techserv Workbench: claims the workspace, then runs the workbench until the user quits.
 * <p>
 * A second workbench on the same workspace is refused with a message (and the same text on standard error for
 * the start script), because two programs writing one embedded database would corrupt it.
 */
public final class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			Location workspace = Platform.getInstanceLocation();
			if (!claim(workspace, display)) {
				return EXIT_OK;
			}
			try {
				int code = PlatformUI.createAndRunWorkbench(display, new TechservWorkbenchAdvisor());
				return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
			} finally {
				workspace.release();
			}
		} finally {
			display.dispose();
		}
	}

	private static boolean claim(Location workspace, Display display) {
		String where = Locations.toPath(workspace).map(Object::toString).orElse("?"); //$NON-NLS-1$
		String problem;
		try {
			if (workspace.lock()) {
				return true;
			}
			problem = NLS.bind(Messages.workspaceInUse, where);
		} catch (IOException e) {
			problem = NLS.bind(Messages.workspaceCannotLock, where, e.getLocalizedMessage());
		}
		System.err.println(problem);
		MessageDialog.openError(null, Messages.workspaceInUseTitle, problem);
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
