package org.techserv.store;

import java.time.Instant;

/**
 * A save found the record changed (or deleted) since it was read: nothing was written. The message says who
 * changed it and when, so the user can reload and redo the change.
 */
public class ConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String changedBy;
	private final transient Instant changedAt;
	private final int currentVersion;

	/**
	 * @param changedBy      who saved the newer version, or null when the record was deleted
	 * @param changedAt      when
	 * @param currentVersion the version now stored, or -1 when deleted
	 */
	public ConflictException(String message, String changedBy, Instant changedAt, int currentVersion) {
		super(Reason.CONFLICT, message, null, null);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.currentVersion = currentVersion;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

	/** The version now in the database, or -1 when the record was deleted. */
	public int currentVersion() {
		return currentVersion;
	}
}
