package org.techserv.bench.bareshell;

import java.lang.management.ManagementFactory;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The launch-time baseline: an empty 3.x workbench window from the same target platform, reporting when its
 * window is painted exactly as Techserv Workbench does (docs/performance.md).
 */
public final class BareShellApplication implements IApplication {

	/** A perspective with nothing in it. */
	public static final class EmptyPerspective implements IPerspectiveFactory {
		@Override
		public void createInitialLayout(IPageLayout layout) {
			layout.setEditorAreaVisible(false);
		}
	}

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
				@Override
				public String getInitialWindowPerspectiveId() {
					return "org.techserv.bench.bareshell.perspective"; //$NON-NLS-1$
				}

				@Override
				public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
					return new WorkbenchWindowAdvisor(configurer) {
						@Override
						public void postWindowOpen() {
							display.asyncExec(() -> {
								long ms = System.currentTimeMillis()
										- ManagementFactory.getRuntimeMXBean().getStartTime();
								System.out.println("TECHSERV_WINDOW_OPEN ms_since_jvm_start=" + ms); //$NON-NLS-1$
								System.out.flush();
							});
						}
					};
				}
			});
			return EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		// the benchmark closes the window
	}
}
