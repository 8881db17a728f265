package org.techserv.workbench.internal;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.techserv.store.PasswordSource;
import org.techserv.workbench.WorkbenchIds;
import org.techserv.workbench.internal.database.OpenDatabaseJob;
import org.techserv.workbench.internal.database.PasswordDialogSource;

/** Workbench-wide behaviour: saved window layout, the first perspective, opening the database. */
final class TechservWorkbenchAdvisor extends WorkbenchAdvisor {

	private ServiceRegistration<PasswordSource> passwordSource;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
		// While the workbench runs, the shared server's password is asked for in a dialog.
		passwordSource = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(PasswordSource.class,
				new PasswordDialogSource(), null);
	}

	@Override
	public void postShutdown() {
		if (passwordSource != null) {
			passwordSource.unregister();
		}
	}

	/**
	 * The perspective an edition names as default (plugin_customization.ini: org.eclipse.ui/defaultPerspectiveId),
	 * else Home. The shell itself knows no domain perspective.
	 */
	@Override
	public String getInitialWindowPerspectiveId() {
		String id = PlatformUI.getPreferenceStore().getString(IWorkbenchPreferenceConstants.DEFAULT_PERSPECTIVE_ID);
		IPerspectiveDescriptor configured = id.isEmpty() ? null
				: PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
		return configured != null ? configured.getId() : WorkbenchIds.HOME_PERSPECTIVE;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new TechservWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		// Derby boots in the background once the window has painted, so the window is usable at once.
		getWorkbenchConfigurer().getWorkbench().getDisplay().asyncExec(() -> new OpenDatabaseJob().schedule());
	}
}
