package org.techserv.store.internal;

/**
 * Settings Derby reads once, when its engine boots in this JVM; set before anything loads the embedded driver,
 * unless the user set them already (on the command line or in {@code techserv.ini}).
 */
public final class DerbyEngine {

	private DerbyEngine() {
	}

	/** Idempotent; call before the first {@code new EmbeddedDriver()}. */
	public static void configure() {
		// A commit still waits for the disk, but the log is written through the file cache and synced once per
		// commit instead of opened for synchronous writes (Derby's default), where every 32 KB of log waited for
		// the disk: an import of 200 000 records wrote 300 MB of log that way, a third of its time.
		setIfAbsent("derby.storage.fileSyncTransactionLog", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		// Derby takes ids from a sequence 100 at a time by default, each time in a transaction of its own whose
		// commit syncs the log: an import of 200 000 records synced it 2 000 extra times, every 4 ms, mid-batch.
		// 10 000 at a time; a crash leaves a gap in the ids (a clean shutdown gives the unused ones back).
		setIfAbsent("derby.language.sequence.preallocator", "10000"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void setIfAbsent(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
