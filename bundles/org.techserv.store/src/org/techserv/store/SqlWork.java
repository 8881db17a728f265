package org.techserv.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of work on one connection; {@link Transactions#inTransaction} commits it or rolls it back whole.
 *
 * @param <T> what it returns
 */
@FunctionalInterface
public interface SqlWork<T> {
	T run(Connection connection) throws SQLException, StoreException;
}
