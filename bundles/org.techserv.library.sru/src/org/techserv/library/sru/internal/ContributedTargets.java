package org.techserv.library.sru.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruTarget;

/** Reads the targets contributed to the extension point; each broken one is left out with a sentence why. */
public final class ContributedTargets {

	public static final String EXTENSION_POINT = "org.techserv.library.sru.targets"; //$NON-NLS-1$
	private static final String OWN_BUNDLE = "org.techserv.library.sru"; //$NON-NLS-1$

	/**
	 * @param targets  the valid targets, in contribution order
	 * @param problems one sentence per target left out, naming bundle, target and value
	 */
	public record Reading(List<SruTarget> targets, List<String> problems) {
	}

	private ContributedTargets() {
	}

	public static Reading read(IExtensionRegistry registry) {
		List<SruTarget> targets = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (IConfigurationElement element : inTreeFirst(registry.getConfigurationElementsFor(EXTENSION_POINT))) {
			if (!"target".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String bundle = element.getContributor().getName();
			String id = element.getAttribute("id"); //$NON-NLS-1$
			try {
				SruTarget target = target(element, bundle);
				if (!ids.add(target.id())) {
					throw new IllegalArgumentException(NLS.bind(Messages.duplicateTargetId, target.id()));
				}
				if (!names.add(target.name().toLowerCase(Locale.ROOT))) {
					throw new IllegalArgumentException(NLS.bind(Messages.duplicateTargetName, target.name()));
				}
				targets.add(target);
			} catch (IllegalArgumentException e) {
				problems.add(NLS.bind(Messages.targetLeftOut, new Object[] { bundle, id, e.getMessage() }));
			}
		}
		return new Reading(List.copyOf(targets), List.copyOf(problems));
	}

	/** The workbench's own targets first, then by contributor: an id or name clash leaves out the later one. */
	private static List<IConfigurationElement> inTreeFirst(IConfigurationElement[] elements) {
		List<IConfigurationElement> sorted = new ArrayList<>(List.of(elements));
		sorted.sort(Comparator.comparing((IConfigurationElement e) -> !OWN_BUNDLE.equals(e.getContributor().getName()))
				.thenComparing(e -> e.getContributor().getName()));
		return sorted;
	}

	private static SruTarget target(IConfigurationElement element, String bundle) {
		Map<SruIndex, String> indexes = new EnumMap<>(SruIndex.class);
		for (IConfigurationElement child : element.getChildren("index")) { //$NON-NLS-1$
			String key = child.getAttribute("search"); //$NON-NLS-1$
			SruIndex index = SruIndex.ofKey(key == null ? null : key.strip().toLowerCase(Locale.ROOT));
			if (index == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.unknownSearchIndex, key));
			}
			indexes.put(index, child.getAttribute("cql")); //$NON-NLS-1$
		}
		return new SruTarget(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
				element.getAttribute("baseUrl"), element.getAttribute("database"), //$NON-NLS-1$ //$NON-NLS-2$
				or(element.getAttribute("recordSchema"), SruTarget.DEFAULT_SCHEMA), //$NON-NLS-1$
				or(element.getAttribute("version"), SruTarget.VERSION_1_2), //$NON-NLS-1$
				seconds(element.getAttribute("timeout"), element.getAttribute("name")), indexes, bundle); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	private static int seconds(String value, String name) {
		if (value == null || value.isBlank()) {
			return SruTarget.DEFAULT_TIMEOUT;
		}
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetBadTimeout,
					new Object[] { name, value, SruTarget.MIN_TIMEOUT, SruTarget.MAX_TIMEOUT }));
		}
	}
}
