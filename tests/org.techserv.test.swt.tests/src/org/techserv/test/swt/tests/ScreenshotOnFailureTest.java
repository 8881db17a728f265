package org.techserv.test.swt.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.Screenshots;

/** A failing UI test reports a useful message and leaves a screenshot of the screen under target/. */
class ScreenshotOnFailureTest {

	/** Run only by the test below, through the JUnit launcher; it fails on purpose. */
	@ExtendWith(ScreenshotOnFailure.class)
	static class FailingSample {
		@Test
		void looksForAButtonThatIsNotThere() {
			SampleShell sample = SampleShell.open();
			try {
				new Bot().shell(SampleShell.TITLE).bot().withTimeout(Duration.ofMillis(200)).button("Nope");
			} finally {
				sample.close();
			}
		}
	}

	@Test
	void aFailedTestLeavesAScreenshotAndAUsefulMessage() throws Exception {
		Path expected = Screenshots.DIRECTORY.resolve("FailingSample.looksForAButtonThatIsNotThere.png").toAbsolutePath();
		Files.deleteIfExists(expected);

		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		Launcher launcher = LauncherFactory.create();
		launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(FailingSample.class)).build(),
				listener);

		TestExecutionSummary summary = listener.getSummary();
		assertEquals(1, summary.getTestsFailedCount(), "the sample test fails");
		Throwable failure = summary.getFailures().get(0).getException();
		assertTrue(failure.getMessage().contains("'Nope'"), failure.getMessage());
		ScreenshotOnFailure.ScreenshotTaken screenshot = (ScreenshotOnFailure.ScreenshotTaken) Arrays
				.stream(failure.getSuppressed()).filter(ScreenshotOnFailure.ScreenshotTaken.class::isInstance)
				.findFirst().orElse(null);
		assertNotNull(screenshot, "the failure names its screenshot");
		assertEquals(expected.toString(), screenshot.path());
		assertTrue(Files.size(expected) > 1000, "a real image, not an empty file");
		try (InputStream in = Files.newInputStream(expected)) {
			assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, in.readNBytes(4), "a PNG file");
		}
	}
}
