package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Ids for an import's new records, taken from the store's id sequence {@value #BLOCK} at a time: one statement
 * instead of one a record. Ids taken and not used are simply never used (a sequence has gaps anyway); the ones
 * left after a batch serve the next batch on the same connection.
 */
final class NewIds implements AutoCloseable {

	static final int BLOCK = 25;
	private static final String SELECT = "SELECT NEXT VALUE FOR TS_ID FROM (VALUES " //$NON-NLS-1$
			+ IntStream.rangeClosed(1, BLOCK).mapToObj(Integer::toString).collect(Collectors.joining(", ")) //$NON-NLS-1$
			+ ") AS N(X)"; //$NON-NLS-1$

	private final Connection connection;
	private final long[] ids = new long[BLOCK];
	private int next = BLOCK;
	private PreparedStatement select;

	NewIds(Connection connection) {
		this.connection = connection;
	}

	long next() throws SQLException {
		if (next == BLOCK) {
			if (select == null) {
				select = connection.prepareStatement(SELECT);
			}
			int count = 0;
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids[count++] = rows.getLong(1);
				}
			}
			if (count != BLOCK) {
				throw new SQLException("the id sequence gave " + count + " ids for " + BLOCK); //$NON-NLS-1$ //$NON-NLS-2$
			}
			next = 0;
		}
		return ids[next++];
	}

	@Override
	public void close() throws SQLException {
		if (select != null) {
			select.close();
		}
	}
}
