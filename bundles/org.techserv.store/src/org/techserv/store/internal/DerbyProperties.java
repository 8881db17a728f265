package org.techserv.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Derby reads its system properties once, when the engine boots. Set them before the first connection, unless
 * the user set them on the command line.
 */
final class DerbyProperties {

	private DerbyProperties() {
	}

	static void initialise(Path workspace) {
		Path metadata = workspace.resolve(".metadata"); //$NON-NLS-1$
		try {
			Files.createDirectories(metadata);
		} catch (IOException e) {
			return; // Derby then writes derby.log to the working directory; the database itself is unaffected
		}
		Path log = metadata.resolve("derby.log"); //$NON-NLS-1$
		setIfAbsent("derby.stream.error.file", log.toString()); //$NON-NLS-1$
		setIfAbsent("derby.infolog.append", "true"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void setIfAbsent(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
