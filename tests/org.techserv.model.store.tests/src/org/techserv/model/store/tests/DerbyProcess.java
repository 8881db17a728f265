package org.techserv.model.store.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** Another JVM with Derby on its class path, running a Java program given as source. */
final class DerbyProcess {

	private DerbyProcess() {
	}

	/** Starts {@code java -cp <derby jars> Program.java args}; the program's output and errors are merged. */
	static Process start(Path workDir, String className, String source, String... args) throws IOException {
		Path file = workDir.resolve(className + ".java");
		Files.writeString(file, source);
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				classPath(), file.toString()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** The jars of the derby bundle and its fragments (shared, tools), as this test runtime has them. */
	static String classPath() {
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
}
