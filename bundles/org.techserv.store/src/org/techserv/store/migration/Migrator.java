package org.techserv.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.store.StoreException;
import org.techserv.store.StoreException.Reason;
import org.techserv.store.internal.Messages;

/**
 * Brings a database's schemas to the versions this installation knows, one migration per transaction, and
 * records each in {@code TS_SCHEMA_HISTORY}. Refuses a database whose schema is newer than this release, and a
 * migration that changed after it was applied. Derby runs DDL transactionally, so a failed migration leaves the
 * database exactly at its previous version.
 */
public final class Migrator {

	/** What a run did: the versions applied per module. */
	public record Result(Map<String, List<Integer>> applied) {
		public boolean changedAnything() {
			return applied.values().stream().anyMatch(l -> !l.isEmpty());
		}
	}

	private record Applied(int version, String checksum) {
	}

	private final String user;

	/** @param user who runs the migration, recorded in the history */
	public Migrator(String user) {
		this.user = user;
	}

	public Result migrate(Connection connection, List<MigrationSource> sources) throws StoreException {
		try {
			ensureHistoryTable(connection);
			Map<String, Map<Integer, Applied>> history = readHistory(connection);
			List<MigrationSource> ordered = sources.stream()
					.sorted(Comparator.comparingInt(MigrationSource::order).thenComparing(MigrationSource::module))
					.toList();
			for (MigrationSource source : ordered) {
				check(source, history.getOrDefault(source.module(), Map.of()));
			}
			Map<String, List<Integer>> applied = new HashMap<>();
			for (MigrationSource source : ordered) {
				applied.put(source.module(),
						apply(connection, source, history.getOrDefault(source.module(), Map.of())));
			}
			return new Result(applied);
		} catch (SQLException e) {
			throw new StoreException(Reason.MIGRATION_FAILED, e.getMessage(), e.getSQLState(), e);
		}
	}

	/** The versions recorded for one module; empty when it was never installed. */
	public static List<Integer> appliedVersions(Connection connection, String module) throws SQLException {
		ensureHistoryTable(connection);
		List<Integer> versions = new ArrayList<>();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT VERSION FROM TS_SCHEMA_HISTORY WHERE MODULE = ? ORDER BY VERSION")) { //$NON-NLS-1$
			select.setString(1, module);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					versions.add(rows.getInt(1));
				}
			}
		}
		return versions;
	}

	private static void check(MigrationSource source, Map<Integer, Applied> applied) throws StoreException {
		int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		if (newest > source.latestVersion()) {
			throw new StoreException(Reason.NEWER_RELEASE,
					NLS.bind(Messages.migrationNewer, new Object[] { source.module(), newest, source.latestVersion() }),
					null, null);
		}
		for (Migration migration : source.migrations()) {
			Applied done = applied.get(migration.version());
			if (done != null && !done.checksum().equals(migration.checksum())) {
				throw new StoreException(Reason.MIGRATION_FAILED, NLS.bind(Messages.migrationChanged, new Object[] {
						source.module(), migration.version(), done.checksum(), migration.checksum() }), null, null);
			}
		}
	}

	private List<Integer> apply(Connection connection, MigrationSource source, Map<Integer, Applied> applied)
			throws SQLException, StoreException {
		List<Integer> done = new ArrayList<>();
		int current = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			for (Migration migration : source.migrations()) {
				if (applied.containsKey(migration.version())) {
					continue;
				}
				String statement = null;
				try (Statement sql = connection.createStatement()) {
					for (String each : migration.statements()) {
						statement = each;
						sql.execute(each);
					}
					record(connection, source.module(), migration);
					connection.commit();
				} catch (SQLException e) {
					connection.rollback();
					throw new StoreException(Reason.MIGRATION_FAILED,
							NLS.bind(Messages.migrationFailed, new Object[] { source.module(), migration.version(),
									migration.description(), e.getMessage() + " [" + statement + "]", current }), //$NON-NLS-1$ //$NON-NLS-2$
							e.getSQLState(), e);
				}
				current = migration.version();
				done.add(migration.version());
			}
		} finally {
			connection.setAutoCommit(autoCommit);
		}
		return done;
	}

	private void record(Connection connection, String module, Migration migration) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO TS_SCHEMA_HISTORY (MODULE, VERSION, DESCRIPTION, CHECKSUM, APPLIED_BY, APPLIED_AT) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			insert.setString(1, module);
			insert.setInt(2, migration.version());
			insert.setString(3, migration.description());
			insert.setString(4, migration.checksum());
			insert.setString(5, user);
			insert.setTimestamp(6, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

	private static void ensureHistoryTable(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "TS_SCHEMA_HISTORY", null)) { //$NON-NLS-1$
			if (tables.next()) {
				return;
			}
		}
		try (Statement create = connection.createStatement()) {
			create.execute("CREATE TABLE TS_SCHEMA_HISTORY (MODULE VARCHAR(60) NOT NULL, VERSION INT NOT NULL, " //$NON-NLS-1$
					+ "DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_BY VARCHAR(100) NOT NULL, " //$NON-NLS-1$
					+ "APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (MODULE, VERSION))"); //$NON-NLS-1$
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	private static Map<String, Map<Integer, Applied>> readHistory(Connection connection) throws SQLException {
		Map<String, Map<Integer, Applied>> history = new HashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT MODULE, VERSION, CHECKSUM FROM TS_SCHEMA_HISTORY")) { //$NON-NLS-1$
			while (rows.next()) {
				history.computeIfAbsent(rows.getString(1), k -> new HashMap<>()).put(rows.getInt(2),
						new Applied(rows.getInt(2), rows.getString(3)));
			}
		}
		return history;
	}
}
