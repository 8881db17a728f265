package org.techserv.product.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The materialised product, started through its own {@code techserv} script as a user would. */
final class Installation {

	static final Path DIR = Path.of(System.getProperty("techserv.product.dir", "missing-product"));
	/** How long a director run or a command may take (a director run takes 20-40 s). */
	static final Duration DIRECTOR = Duration.ofSeconds(180);

	/** A running {@code techserv} process with its output collected line by line. */
	static final class Run implements AutoCloseable {
		final Process process;
		final List<String> lines = new CopyOnWriteArrayList<>();

		Run(Process process) {
			this.process = process;
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = in.readLine()) != null;) {
						lines.add(line);
					}
				} catch (IOException e) {
					// the process ended
				}
			}, "techserv output");
			reader.setDaemon(true);
			reader.start();
		}

		/** Waits until a line matches; fails with everything printed so far when it does not come. */
		String awaitLine(Predicate<String> test, Duration timeout, String what) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				for (String line : lines) {
					if (test.test(line)) {
						return line;
					}
				}
				if (!process.isAlive() && lines.stream().noneMatch(test)) {
					Thread.sleep(200); // let the reader take the last lines
					if (lines.stream().noneMatch(test)) {
						throw new AssertionError("techserv ended (exit " + process.exitValue() + ") without " + what
								+ "; it printed:\n" + String.join("\n", lines));
					}
				}
				Thread.sleep(50);
			}
			throw new AssertionError("no " + what + " within " + timeout.toSeconds() + " s; techserv printed:\n"
					+ String.join("\n", lines));
		}

		boolean printed(Predicate<String> test) {
			return lines.stream().anyMatch(test);
		}

		int awaitExit(Duration timeout) throws InterruptedException {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError("techserv did not exit within " + timeout.toSeconds() + " s; it printed:\n"
						+ String.join("\n", lines));
			}
			return process.exitValue();
		}

		@Override
		public void close() {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

	private Installation() {
	}

	/** Starts {@code techserv ARGS}, with its output (stdout and stderr) collected. */
	static Run start(Map<String, String> environment, String... args) throws IOException {
		return start(DIR, environment, args);
	}

	/** Starts {@code techserv ARGS} of the installation (an edition) in {@code dir}. */
	static Run start(Path dir, Map<String, String> environment, String... args) throws IOException {
		Path script = dir.resolve("techserv");
		if (!Files.isExecutable(script)) {
			throw new AssertionError("no executable " + script + "; build the product first (./mvnw verify)");
		}
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		return new Run(builder.start());
	}

	/**
	 * Runs the p2 director of the installation in {@code installation} (its own {@code techserv} script, as the
	 * documentation tells users) with the zipped repository {@code repository}, added as users add it
	 * ({@code jar:file:...zip!/}); fails with everything it printed unless it ends with exit code 0.
	 */
	static void director(Path installation, Path repository, Path workspace, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("-application", "org.eclipse.equinox.p2.director", "-nosplash",
				"-consoleLog", "-data", workspace.toString(), "-repository", "jar:" + repository.toUri() + "!/"));
		command.addAll(List.of(args));
		try (Run run = start(installation, Map.of(), command.toArray(String[]::new))) {
			if (run.awaitExit(DIRECTOR) != 0) {
				throw new AssertionError("director " + String.join(" ", args) + " failed:\n" + String.join("\n", run.lines));
			}
		}
	}

	/** What {@code techserv COMMAND} printed; fails unless it ends with exit code 0. */
	static List<String> lines(Path installation, Path workspace, String command) throws Exception {
		try (Run run = start(installation, Map.of(), command, "-data", workspace.toString())) {
			if (run.awaitExit(DIRECTOR) != 0) {
				throw new AssertionError("techserv " + command + " failed:\n" + String.join("\n", run.lines));
			}
			return List.copyOf(run.lines);
		}
	}

	/** Asks the window manager to close the window whose title contains {@code title}, as its close button does. */
	static void closeWindow(String title) throws IOException, InterruptedException {
		Process wmctrl;
		try {
			wmctrl = new ProcessBuilder("wmctrl", "-c", title).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError("wmctrl is needed to close the window like a user (apt-get install wmctrl)", e);
		}
		String output = new String(wmctrl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (wmctrl.waitFor() != 0) {
			throw new AssertionError("wmctrl could not close '" + title + "' (is a window manager running?): " + output);
		}
	}
}
