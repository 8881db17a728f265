package org.techserv.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.StoreException.Reason;
import org.techserv.store.internal.DerbyEngine;
import org.techserv.store.internal.Messages;

/**
 * Online backup (Derby's {@code SYSCS_BACKUP_DATABASE}: work goes on while it copies) and restore of the
 * database. A backup is a folder {@code techserv-<date>-<time>} holding a consistent copy. A restore never
 * destroys what is there: the current database is moved aside first.
 */
public final class Backups {

	/** In the workspace metadata: the backup to restore at the next start, written by the workbench. */
	public static final String PENDING_RESTORE = "techserv-restore-pending"; //$NON-NLS-1$

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

	private Backups() {
	}

	/**
	 * Copies the database, while it is in use, into a new folder under {@code folder} and returns it. On a
	 * shared server the folder is on the server machine.
	 */
	public static Path backup(Database database, Path folder) throws StoreException {
		Path target = folder.toAbsolutePath().resolve("techserv-" + STAMP.format(LocalDateTime.now())); //$NON-NLS-1$
		try (Connection connection = database.connect();
				CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
			if (database.settings().mode() == DatabaseSettings.Mode.EMBEDDED) {
				Files.createDirectories(target);
			}
			call.setString(1, target.toString());
			call.execute();
			return target;
		} catch (SQLException e) {
			throw new StoreException(Reason.OTHER, NLS.bind(Messages.backupFailed, target, e.getMessage()), e.getSQLState(), e);
		} catch (IOException e) {
			throw new StoreException(Reason.BAD_LOCATION, NLS.bind(Messages.backupFailed, target, e.getMessage()), null, e);
		}
	}

	/**
	 * The database copy of a backup: inside the backup folder, or the folder itself when the user picked the copy
	 * (file choosers like to step into it). Null when it is not a backup.
	 */
	public static Path copyIn(Path backup) {
		if (backup == null || !Files.isDirectory(backup)) {
			return null;
		}
		if (Files.isRegularFile(backup.resolve("service.properties"))) { //$NON-NLS-1$
			return backup;
		}
		try (Stream<Path> children = Files.list(backup)) {
			return children.filter(child -> Files.isRegularFile(child.resolve("service.properties"))).findFirst() //$NON-NLS-1$
					.orElse(null);
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Replaces the embedded database at {@code databaseFolder} with the copy in {@code backup}. The database must
	 * not be open. The current one is kept beside it as {@code <name>.before-restore-<date>}; returns that path
	 * (null when there was none).
	 */
	public static Path restore(Path databaseFolder, Path backup) throws StoreException {
		Path copy = copyIn(backup);
		// a workspace holds a database (and kept ones) too, but is not a backup
		if (copy == null || sameFolder(copy, databaseFolder) || inside(databaseFolder, backup)) {
			throw new StoreException(Reason.BAD_LOCATION, NLS.bind(Messages.restoreNotABackup, backup), null, null);
		}
		Path kept = null;
		try {
			if (Files.exists(databaseFolder)) {
				kept = databaseFolder.resolveSibling(databaseFolder.getFileName() + ".before-restore-" //$NON-NLS-1$
						+ STAMP.format(LocalDateTime.now()));
				Files.move(databaseFolder, kept);
			}
			Files.createDirectories(databaseFolder.getParent());
		} catch (IOException e) {
			throw new StoreException(Reason.BAD_LOCATION, NLS.bind(Messages.restoreFailed, backup, e.getMessage()), null, e);
		}
		DerbyEngine.configure();
		try {
			new EmbeddedDriver().connect("jdbc:derby:" + databaseFolder + ";createFrom=" + copy, new Properties()).close(); //$NON-NLS-1$ //$NON-NLS-2$
			new EmbeddedDriver().connect("jdbc:derby:" + databaseFolder + ";shutdown=true", new Properties()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) { //$NON-NLS-1$
				putBack(databaseFolder, kept);
				throw new StoreException(Reason.OTHER, NLS.bind(Messages.restoreFailed, backup, e.getMessage()),
						e.getSQLState(), e);
			}
		}
		return kept;
	}

	/** Asks for a restore at the next start of the workspace's database (the workbench cannot restore while open). */
	public static void scheduleRestore(Path workspace, Path backup) throws StoreException {
		if (copyIn(backup) == null) {
			throw new StoreException(Reason.BAD_LOCATION, NLS.bind(Messages.restoreNotABackup, backup), null, null);
		}
		try {
			Path marker = pendingRestoreMarker(workspace);
			Files.createDirectories(marker.getParent());
			Files.writeString(marker, backup.toAbsolutePath().toString());
		} catch (IOException e) {
			throw new StoreException(Reason.BAD_LOCATION, NLS.bind(Messages.restoreFailed, backup, e.getMessage()), null, e);
		}
	}

	public static Path pendingRestoreMarker(Path workspace) {
		return workspace.resolve(".metadata").resolve(PENDING_RESTORE); //$NON-NLS-1$
	}

	/** Whether {@code folder} lies in {@code parent} (or is it). */
	private static boolean inside(Path folder, Path parent) {
		try {
			Path real = parent.toRealPath();
			Path existing = folder.toAbsolutePath().normalize();
			return existing.startsWith(real) || existing.startsWith(parent.toAbsolutePath().normalize());
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean sameFolder(Path a, Path b) {
		try {
			return Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException e) {
			return false;
		}
	}

	private static void putBack(Path databaseFolder, Path kept) {
		if (kept == null) {
			return;
		}
		try {
			if (Files.exists(databaseFolder)) {
				try (Stream<Path> files = Files.walk(databaseFolder)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
			Files.move(kept, databaseFolder);
		} catch (IOException e) {
			// the kept copy stays under its own name; the message names the backup
		}
	}
}
