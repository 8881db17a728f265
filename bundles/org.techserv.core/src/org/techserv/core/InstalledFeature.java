package org.techserv.core;

import java.util.List;

/**
 * A feature installed in this Techserv installation, as read from its {@code feature.xml}.
 *
 * @param id       feature id, e.g. {@code org.techserv.platform.feature}
 * @param name     translated label
 * @param version  version with qualifier
 * @param provider translated provider name
 * @param plugins  ids of the plug-ins the feature lists
 */
public record InstalledFeature(String id, String name, String version, String provider, List<String> plugins) {

	public InstalledFeature {
		plugins = List.copyOf(plugins);
	}
}
