package org.techserv.test.swt;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * JUnit 5 extension: when a test fails, saves a screenshot to {@code target/screenshots/Class.method.png} and
 * adds its path to the failure, then rethrows. Use with {@code @ExtendWith(ScreenshotOnFailure.class)}.
 */
public final class ScreenshotOnFailure implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		String name = context.getRequiredTestClass().getSimpleName() + '.' + context.getRequiredTestMethod().getName();
		try {
			failure.addSuppressed(new ScreenshotTaken(Screenshots.capture(name).toAbsolutePath().toString()));
		} catch (RuntimeException e) {
			failure.addSuppressed(e);
		}
		throw failure;
	}

	/** Carries the screenshot's path in the failure report. */
	public static final class ScreenshotTaken extends Exception {
		private static final long serialVersionUID = 1L;

		ScreenshotTaken(String path) {
			super("screenshot: " + path, null, false, false); //$NON-NLS-1$
		}

		/** The path of the PNG file. */
		public String path() {
			return getMessage().substring("screenshot: ".length()); //$NON-NLS-1$
		}
	}
}
