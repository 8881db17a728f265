package org.techserv.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.internal.EmbeddedDerby;

/**
 * A second program holding the database (here Derby's own {@code ij} tool in another JVM, as a backup tool or a
 * second workbench would) makes the store refuse with a message naming the folder, not a stack trace.
 */
class DatabaseInUseTest {

	@TempDir
	Path workspace;

	@Test
	void refusesADatabaseThatAnotherProgramHolds() throws Exception {
		DatabaseSettings settings = DatabaseSettings.embedded(workspace.resolve("database"));
		EmbeddedDerby creator = new EmbeddedDerby(settings);
		creator.connect().close();
		creator.close();

		Process other = startIj();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		Thread reader = pump(other.getInputStream(), output);
		try (OutputStream commands = other.getOutputStream()) {
			commands.write(("connect 'jdbc:derby:" + settings.embeddedPath() + "';\n").getBytes(StandardCharsets.UTF_8));
			commands.flush();
			awaitPrompts(output, 2, other);

			EmbeddedDerby second = new EmbeddedDerby(settings);
			StoreException refused = assertThrows(StoreException.class, () -> {
				try (Connection c = second.connect()) {
					fail("connected although another program holds the database");
				}
			});
			assertEquals(StoreException.Reason.IN_USE, refused.reason(), refused.getMessage());
			assertTrue(refused.getMessage().contains(settings.embeddedPath().toString()), refused.getMessage());
			assertTrue(refused.getMessage().contains("in use by another program"), refused.getMessage());

			commands.write("exit;\n".getBytes(StandardCharsets.UTF_8));
		} finally {
			if (!other.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				other.destroyForcibly();
			}
			reader.join(5000);
		}

		// Once the other program has gone, the database opens again.
		EmbeddedDerby after = new EmbeddedDerby(settings);
		after.connect().close();
		after.close();
	}

	private static Process startIj() throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-cp", derbyClassPath(), "org.apache.derby.tools.ij");
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** The jars of the derby bundle and its fragments (shared, tools), as this test runtime has them. */
	private static String derbyClassPath() {
		Bundle derby = FrameworkUtil.getBundle(EmbeddedDriver.class);
		List<String> jars = new ArrayList<>();
		jars.add(location(derby));
		for (BundleWire wire : derby.adapt(BundleWiring.class).getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
			jars.add(location(wire.getRequirer().getBundle()));
		}
		return String.join(File.pathSeparator, jars);
	}

	private static String location(Bundle bundle) {
		return FileLocator.getBundleFileLocation(bundle)
				.orElseThrow(() -> new IllegalStateException("no file for " + bundle.getSymbolicName()))
				.getAbsolutePath();
	}

	private static Thread pump(InputStream in, ByteArrayOutputStream out) {
		Thread thread = new Thread(() -> {
			try {
				in.transferTo(new OutputStream() {
					@Override
					public void write(int b) {
						synchronized (out) {
							out.write(b);
						}
					}
				});
			} catch (IOException e) {
				// the process ended
			}
		}, "ij output");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/** Waits until ij printed its prompt {@code count} times (the second one follows the connect). */
	private static void awaitPrompts(ByteArrayOutputStream output, int count, Process process)
			throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			String text;
			synchronized (output) {
				text = output.toString(StandardCharsets.UTF_8);
			}
			if (text.split("ij> ", -1).length - 1 >= count) {
				if (text.contains("ERROR")) {
					fail("ij could not connect: " + text);
				}
				return;
			}
			if (!process.isAlive()) {
				fail("ij ended early: " + text);
			}
			Thread.sleep(50);
		}
		fail("ij did not connect within 60 s: " + output);
	}
}
