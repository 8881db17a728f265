package org.techserv.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every connection works in the schema {@value #NAME}, whoever connects: Derby's default schema is the user's
 * name (APP when embedded), which would give each server user tables of their own.
 */
public final class Schema {

	public static final String NAME = "TECHSERV"; //$NON-NLS-1$

	private Schema() {
	}

	/** Makes {@value #NAME} the connection's current schema, creating it in a new database. */
	public static Connection use(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			try {
				statement.execute("SET SCHEMA " + NAME); //$NON-NLS-1$
			} catch (SQLException e) {
				if (!"42Y07".equals(e.getSQLState())) { //$NON-NLS-1$ schema does not exist
					throw e;
				}
				try {
					statement.execute("CREATE SCHEMA " + NAME); //$NON-NLS-1$
				} catch (SQLException raced) {
					if (!"X0Y68".equals(raced.getSQLState())) { //$NON-NLS-1$ another connection created it just now
						throw raced;
					}
				}
				statement.execute("SET SCHEMA " + NAME); //$NON-NLS-1$
			}
		}
		return connection;
	}
}
