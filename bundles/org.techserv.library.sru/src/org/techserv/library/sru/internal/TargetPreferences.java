package org.techserv.library.sru.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.techserv.library.sru.SruIndex;
import org.techserv.library.sru.SruTarget;

/**
 * The user's own targets in the workspace preferences: one child node per target under {@value #TARGETS}, named
 * by its id, with one key per value and {@code index.<search>} per CQL index of its own.
 */
public final class TargetPreferences {

	public static final String TARGETS = "targets"; //$NON-NLS-1$
	private static final String NAME = "name"; //$NON-NLS-1$
	private static final String BASE_URL = "baseUrl"; //$NON-NLS-1$
	private static final String DATABASE = "database"; //$NON-NLS-1$
	private static final String RECORD_SCHEMA = "recordSchema"; //$NON-NLS-1$
	private static final String VERSION = "version"; //$NON-NLS-1$
	private static final String TIMEOUT = "timeout"; //$NON-NLS-1$
	private static final String INDEX = "index."; //$NON-NLS-1$

	/**
	 * @param targets  the stored targets that are valid
	 * @param problems one sentence per stored target left out (edited by hand, or from another version)
	 */
	public record Reading(List<SruTarget> targets, List<String> problems) {
	}

	private TargetPreferences() {
	}

	public static Reading read(IEclipsePreferences root) throws BackingStoreException {
		List<SruTarget> targets = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (!root.nodeExists(TARGETS)) {
			return new Reading(targets, problems);
		}
		Preferences all = root.node(TARGETS);
		for (String id : all.childrenNames()) {
			Preferences node = all.node(id);
			try {
				Map<SruIndex, String> indexes = new EnumMap<>(SruIndex.class);
				for (SruIndex index : SruIndex.values()) {
					String cql = node.get(INDEX + index.key(), null);
					if (cql != null) {
						indexes.put(index, cql);
					}
				}
				targets.add(new SruTarget(id, node.get(NAME, null), node.get(BASE_URL, null), node.get(DATABASE, null),
						node.get(RECORD_SCHEMA, SruTarget.DEFAULT_SCHEMA), node.get(VERSION, SruTarget.VERSION_1_2),
						node.getInt(TIMEOUT, SruTarget.DEFAULT_TIMEOUT), indexes, null));
			} catch (IllegalArgumentException e) {
				problems.add(NLS.bind(Messages.storedTargetLeftOut, id, e.getMessage()));
			}
		}
		return new Reading(targets, problems);
	}

	/** Writes the target (replacing what was stored under its id) and flushes to disk. */
	public static void write(IEclipsePreferences root, SruTarget target) throws BackingStoreException {
		Preferences all = root.node(TARGETS);
		if (all.nodeExists(target.id())) {
			all.node(target.id()).removeNode();
		}
		Preferences node = all.node(target.id());
		node.put(NAME, target.name());
		node.put(BASE_URL, target.baseUrl());
		node.put(DATABASE, target.database());
		node.put(RECORD_SCHEMA, target.recordSchema());
		node.put(VERSION, target.version());
		node.putInt(TIMEOUT, target.timeoutSeconds());
		target.indexes().forEach((index, cql) -> node.put(INDEX + index.key(), cql));
		root.flush();
	}

	/** Removes the target stored under {@code id}, if any, and flushes to disk. */
	public static void remove(IEclipsePreferences root, String id) throws BackingStoreException {
		if (root.nodeExists(TARGETS) && root.node(TARGETS).nodeExists(id)) {
			root.node(TARGETS).node(id).removeNode();
			root.flush();
		}
	}
}
