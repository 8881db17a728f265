package org.techserv.workbench.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.swt.widgets.Display;

/**
 * Prints how long the launch took when {@code -Dtechserv.launchTimer=true} is set; the launch benchmark
 * (docs/performance.md) reads this line.
 */
final class LaunchTimer {

	static final String PROPERTY = "techserv.launchTimer"; //$NON-NLS-1$

	private LaunchTimer() {
	}

	/** Called when the first window opened; reports once the event loop has painted it. */
	static void windowOpened(Display display) {
		if (Boolean.getBoolean(PROPERTY)) {
			display.asyncExec(() -> {
				long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
				System.out.println("TECHSERV_WINDOW_OPEN ms_since_jvm_start=" + millis); //$NON-NLS-1$
				System.out.flush();
			});
		}
	}
}
