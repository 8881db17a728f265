package org.techserv.workbench.internal.database;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.techserv.store.DatabaseSettings;

/**
 * What the workbench knows about its database connection, for the status line. Changed from the job that opens
 * the database; listeners are called in that job's thread.
 */
public final class DatabaseState {

	/** Where the opening stands. */
	public enum Phase {
		OPENING, READY, FAILED
	}

	/**
	 * @param phase    opening, ready or failed
	 * @param settings which database
	 * @param message  the error shown to the user when failed, else empty
	 */
	public record Snapshot(Phase phase, DatabaseSettings settings, String message) {
	}

	private static final DatabaseState INSTANCE = new DatabaseState();

	private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
	private volatile Snapshot current;

	public static DatabaseState get() {
		return INSTANCE;
	}

	public Snapshot current() {
		return current;
	}

	void set(Snapshot snapshot) {
		current = snapshot;
		listeners.forEach(l -> l.accept(snapshot));
	}

	public void addListener(Consumer<Snapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Snapshot> listener) {
		listeners.remove(listener);
	}
}
