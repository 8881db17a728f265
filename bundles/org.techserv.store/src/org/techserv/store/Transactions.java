package org.techserv.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a unit of work in one transaction: all of it is written, or nothing. SQL errors leave as
 * {@link StoreException}s with messages for the user.
 */
public final class Transactions {

	private Transactions() {
	}

	public static <T> T inTransaction(Database database, SqlWork<T> work) throws StoreException {
		try (Connection connection = database.connect()) {
			return inTransaction(connection, work);
		} catch (SQLException e) {
			throw SqlErrors.translate(e);
		}
	}

	/**
	 * Runs {@code work} in a transaction on a connection the caller owns (and closes). What the work named with
	 * {@link StoreEvents#changed} is posted once the outermost transaction on the connection has committed.
	 */
	public static <T> T inTransaction(Connection connection, SqlWork<T> work) throws StoreException {
		boolean outermost = StoreEvents.begin(connection);
		boolean committed = false;
		try {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				committed = true;
				return result;
			} catch (SQLException | StoreException | RuntimeException | Error e) {
				rollback(connection, e);
				throw e;
			} finally {
				connection.setAutoCommit(autoCommit);
			}
		} catch (SQLException e) {
			throw SqlErrors.translate(e);
		} finally {
			if (outermost) {
				StoreEvents.end(connection, committed);
			}
		}
	}

	/** Reads without a transaction of its own (each statement sees committed data). */
	public static <T> T read(Database database, SqlWork<T> work) throws StoreException {
		try (Connection connection = database.connect()) {
			connection.setReadOnly(true);
			return work.run(connection);
		} catch (SQLException e) {
			throw SqlErrors.translate(e);
		}
	}

	private static void rollback(Connection connection, Throwable cause) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			cause.addSuppressed(e);
		}
	}
}
