package org.techserv.core;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.service.datalocation.Location;

/** Turns Equinox {@link Location}s (workspace, installation) into file system paths. */
public final class Locations {

	private Locations() {
	}

	/** The folder of a location, or empty when the location is not set and has no default. */
	public static Optional<Path> toPath(Location location) {
		URL url = location == null ? null : location.getURL(); // getURL() applies the location's default
		if (url == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(url.toURI()));
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox does not encode location URLs: a folder with a space is not a valid URI.
			return Optional.of(Path.of(url.getPath()));
		}
	}
}
