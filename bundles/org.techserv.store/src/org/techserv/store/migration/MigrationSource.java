package org.techserv.store.migration;

import java.util.Comparator;
import java.util.List;

/**
 * The migrations of one schema module (e.g. {@code core}, {@code equipment}), in version order. Modules are
 * independent: installing or removing a feature adds or leaves its tables without touching the others.
 *
 * @param module     the module name, unique in an installation
 * @param order      modules are applied in ascending order (a module that refers to another's tables comes after it)
 * @param migrations its migrations
 */
public record MigrationSource(String module, int order, List<Migration> migrations) {

	public MigrationSource {
		migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
	}

	/** The newest version this installation knows for the module. */
	public int latestVersion() {
		return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
	}
}
