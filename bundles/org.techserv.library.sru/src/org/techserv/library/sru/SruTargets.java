package org.techserv.library.sru;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;
import org.techserv.library.sru.internal.ContributedTargets;
import org.techserv.library.sru.internal.Messages;
import org.techserv.library.sru.internal.TargetPreferences;

/**
 * The SRU targets to search: those contributed to the extension point {@value #EXTENSION_POINT} (read once, when
 * this registry is made) and the user's own, kept in the workspace preferences under the node
 * {@value #PREFERENCE_NODE} (read on every call, so two registries agree). Names are unique among all of them:
 * the name is recorded as the source of imported records. Broken contributions and stored targets are left out,
 * each with a sentence in {@link #problems()} (and in the error log, for {@link #installed()}).
 */
public final class SruTargets {

	public static final String EXTENSION_POINT = ContributedTargets.EXTENSION_POINT;
	public static final String PREFERENCE_NODE = "org.techserv.library.sru"; //$NON-NLS-1$

	private final List<SruTarget> contributed;
	private final List<String> contributionProblems;
	private final IEclipsePreferences preferences;

	/**
	 * @param registry    where the contributed targets come from
	 * @param preferences the node the user's targets are kept in
	 */
	public SruTargets(IExtensionRegistry registry, IEclipsePreferences preferences) {
		ContributedTargets.Reading reading = ContributedTargets.read(registry);
		this.contributed = reading.targets();
		this.contributionProblems = reading.problems();
		this.preferences = preferences;
	}

	/** The platform's contributions and the workspace's user targets; problems go to the error log. */
	public static SruTargets installed() {
		SruTargets targets = new SruTargets(Platform.getExtensionRegistry(),
				InstanceScope.INSTANCE.getNode(PREFERENCE_NODE));
		ILog log = ILog.of(SruTargets.class);
		targets.problems().forEach(problem -> log.log(Status.warning(problem)));
		return targets;
	}

	/** Every valid target, contributed and the user's, by name. */
	public List<SruTarget> all() {
		List<SruTarget> all = new ArrayList<>(contributed);
		for (SruTarget target : userDefined()) {
			if (named(all, target.name()) == null) {
				all.add(target);
			}
		}
		all.sort(Comparator.comparing(SruTarget::name, String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(all);
	}

	/** The valid contributed targets, in contribution order. */
	public List<SruTarget> contributed() {
		return contributed;
	}

	/** The user's valid targets, by name. */
	public List<SruTarget> userDefined() {
		List<SruTarget> targets = new ArrayList<>(stored().targets());
		targets.sort(Comparator.comparing(SruTarget::name, String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(targets);
	}

	/** The target with this id, or null. */
	public SruTarget find(String id) {
		return all().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
	}

	/** One sentence per contribution or stored target left out, naming it and what is wrong. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>(contributionProblems);
		problems.addAll(stored().problems());
		for (SruTarget target : stored().targets()) {
			if (named(contributed, target.name()) != null) {
				problems.add(NLS.bind(Messages.storedTargetLeftOut, target.id(),
						NLS.bind(Messages.duplicateTargetName, target.name())));
			}
		}
		return List.copyOf(problems);
	}

	/**
	 * Keeps a new target of the user's own (see {@link SruTarget#userDefined}) or the edited values of one.
	 *
	 * @throws IllegalArgumentException when the target is a contributed one, or another target has its name
	 * @throws BackingStoreException    when the preferences cannot be written
	 */
	public void save(SruTarget target) throws BackingStoreException {
		if (!target.isUserDefined() || contributed.stream().anyMatch(t -> t.id().equals(target.id()))) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetNotEditable, target.name(), target.contributor()));
		}
		SruTarget same = named(all(), target.name());
		if (same != null && !same.id().equals(target.id())) {
			throw new IllegalArgumentException(NLS.bind(Messages.duplicateTargetName, target.name()));
		}
		TargetPreferences.write(preferences, target);
	}

	/**
	 * Forgets a target of the user's own.
	 *
	 * @throws IllegalArgumentException when the target is a contributed one
	 */
	public void remove(SruTarget target) throws BackingStoreException {
		if (!target.isUserDefined()) {
			throw new IllegalArgumentException(NLS.bind(Messages.targetNotEditable, target.name(), target.contributor()));
		}
		TargetPreferences.remove(preferences, target.id());
	}

	private TargetPreferences.Reading stored() {
		try {
			return TargetPreferences.read(preferences);
		} catch (BackingStoreException e) {
			return new TargetPreferences.Reading(List.of(), List.of(NLS.bind(Messages.preferencesUnreadable, e.getMessage())));
		}
	}

	private static SruTarget named(List<SruTarget> targets, String name) {
		String key = name.toLowerCase(Locale.ROOT);
		return targets.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(key)).findFirst().orElse(null);
	}
}
