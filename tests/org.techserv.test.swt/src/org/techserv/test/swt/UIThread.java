package org.techserv.test.swt;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the SWT UI thread from a test thread and hands results and exceptions back. Tests run off the
 * UI thread (as SWTBot tests do) so that modal dialogs opened by a click do not block them.
 */
public final class UIThread {

	private UIThread() {
	}

	/** The workbench's display; the test harness created it before the tests started. */
	public static Display display() {
		Display display = Display.getDefault();
		if (display.isDisposed()) {
			throw new IllegalStateException("the display is disposed"); //$NON-NLS-1$
		}
		return display;
	}

	/** Runs {@code code} on the UI thread, waits for it and returns its result; rethrows what it threw. */
	public static <T> T syncExec(Callable<T> code) {
		Display display = display();
		if (display.getThread() == Thread.currentThread()) {
			return call(code);
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(code.call());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		Throwable t = failure.get();
		if (t instanceof RuntimeException e) {
			throw e;
		}
		if (t instanceof Error e) {
			throw e;
		}
		if (t != null) {
			throw new IllegalStateException(t);
		}
		return result.get();
	}

	/** Runs {@code code} on the UI thread and waits for it. */
	public static void syncExec(Runnable code) {
		syncExec(() -> {
			code.run();
			return null;
		});
	}

	/**
	 * Runs {@code code} on the UI thread without waiting. Used for clicks: a click may open a modal dialog whose
	 * event loop would otherwise block the test.
	 */
	public static void asyncExec(Runnable code) {
		display().asyncExec(code);
	}

	/** Waits until the UI thread has handled every event queued so far. */
	public static void flush() {
		syncExec(() -> {
			// nothing: returning proves earlier runnables ran
		});
	}

	private static <T> T call(Callable<T> code) {
		try {
			return code.call();
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
