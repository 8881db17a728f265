package org.techserv.store;

/**
 * A store failure whose message is written for the user: it names what failed and where, and says what to do.
 * The SQL state of the underlying error, when there is one, is kept for callers that react to specific causes.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the store refused, so callers can react without parsing messages. */
	public enum Reason {
		/** Another program (a second workbench, a backup tool) holds the database. */
		IN_USE,
		/** The files were written by a newer release than this one. */
		NEWER_RELEASE,
		/** The location cannot be created or is not a database. */
		BAD_LOCATION,
		/** The database server did not answer or refused the credentials. */
		SERVER_UNAVAILABLE,
		/** Someone else saved the record since it was read ({@link ConflictException}). */
		CONFLICT,
		/** A value is missing, too long, malformed or already used ({@link ValidationException}). */
		INVALID,
		/** The record is gone, or is still referred to by others. */
		NOT_FOUND,
		/** A schema migration failed; the database was left at its previous version. */
		MIGRATION_FAILED,
		/** Anything else. */
		OTHER
	}

	private final Reason reason;
	private final String sqlState;

	public StoreException(Reason reason, String message, String sqlState, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.sqlState = sqlState;
	}

	public Reason reason() {
		return reason;
	}

	/** The five-character SQL state of the underlying error, or {@code null}. */
	public String sqlState() {
		return sqlState;
	}
}
