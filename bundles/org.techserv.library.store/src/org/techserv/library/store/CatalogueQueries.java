package org.techserv.library.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.techserv.library.store.review.ReviewStatus;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;

/**
 * The catalogue list: the ids of the records a filter selects, and the rows of a block of them (with each record's
 * review state, in the same query). A list of a million records costs its ids (8 MB) and the rows on screen.
 */
public final class CatalogueQueries {

	public static final int BLOCK = 200;
	private static final String ROWS = "SELECT R.ID, R.TITLE, R.AUTHOR, R.PUB_YEAR, R.ISBN, R.CALL_NUMBER, " //$NON-NLS-1$
			+ "(SELECT COUNT(*) FROM LIBRARY_ITEM I WHERE I.RECORD_ID = R.ID), " //$NON-NLS-1$
			// the status of the record's newest submission for review, read with the block (index on kind, id)
			+ "(SELECT V.STATUS FROM LIBRARY_REVIEW V WHERE V.SUBJECT_KIND = 'RECORD' AND V.SUBJECT_ID = R.ID " //$NON-NLS-1$
			+ "AND V.ID = (SELECT MAX(L.ID) FROM LIBRARY_REVIEW L WHERE L.SUBJECT_KIND = 'RECORD' " //$NON-NLS-1$
			+ "AND L.SUBJECT_ID = R.ID)) FROM LIBRARY_RECORD R WHERE R.ID IN "; //$NON-NLS-1$

	private final Database database;

	public CatalogueQueries(Database database) {
		this.database = database;
	}

	/**
	 * The ids of records whose title, author, ISBN or call number contains {@code text} (any case), newest first;
	 * every record for an empty text.
	 */
	public long[] ids(String text) throws StoreException {
		String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
		return Transactions.read(database, c -> {
			// every record in the primary key's order, turned round here: Derby reads an index forwards only, and
			// ORDER BY ID DESC sorted a million ids (0.7-1.2 s, against 0.2-0.3 s read in order)
			String sql = wanted.isEmpty() ? "SELECT ID FROM LIBRARY_RECORD ORDER BY ID" //$NON-NLS-1$
					: "SELECT ID FROM LIBRARY_RECORD WHERE UPPER(TITLE) LIKE ? OR UPPER(AUTHOR) LIKE ? OR ISBN LIKE ? " //$NON-NLS-1$
							+ "OR UPPER(CALL_NUMBER) LIKE ? ORDER BY ID DESC"; //$NON-NLS-1$
			try (PreparedStatement statement = c.prepareStatement(sql)) {
				statement.setFetchSize(1000);
				if (!wanted.isEmpty()) {
					String like = '%' + wanted.replace("%", "") + '%'; //$NON-NLS-1$ //$NON-NLS-2$
					for (int i = 1; i <= 4; i++) {
						statement.setString(i, like);
					}
				}
				long[] ids = firstColumn(statement);
				return wanted.isEmpty() ? reversed(ids) : ids;
			}
		});
	}

	/**
	 * The ids of the newest {@code count} records (all of them when there are fewer), newest first: what a list of
	 * every record shows on its first screens while {@link #ids} reads the whole list. Reads the end of the primary
	 * key's index only: a wider range of ids each try, since ids may have gaps.
	 */
	public long[] newest(int count) throws StoreException {
		return Transactions.read(database, c -> {
			long newest;
			try (PreparedStatement max = c.prepareStatement("SELECT MAX(ID) FROM LIBRARY_RECORD"); //$NON-NLS-1$
					ResultSet row = max.executeQuery()) {
				row.next();
				newest = row.getLong(1);
				if (row.wasNull()) {
					return new long[0];
				}
			}
			try (PreparedStatement select = c.prepareStatement("SELECT ID FROM LIBRARY_RECORD WHERE ID > ? ORDER BY ID")) { //$NON-NLS-1$
				for (long range = count;; range *= 4) {
					long above = newest - range;
					select.setLong(1, above);
					long[] ids = firstColumn(select);
					if (ids.length >= count || above < 0) {
						long[] newestFirst = reversed(ids);
						return newestFirst.length > count ? Arrays.copyOf(newestFirst, count) : newestFirst;
					}
				}
			}
		});
	}

	/** The query's first column, as many longs as it has rows. */
	private static long[] firstColumn(PreparedStatement query) throws SQLException {
		long[] ids = new long[1024];
		int count = 0;
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				if (count == ids.length) {
					ids = Arrays.copyOf(ids, count * 2);
				}
				ids[count++] = rows.getLong(1);
			}
		}
		return Arrays.copyOf(ids, count);
	}

	/** The same array, turned round (a million ids are 8 MB: no copy). */
	private static long[] reversed(long[] ids) {
		for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
			long id = ids[i];
			ids[i] = ids[j];
			ids[j] = id;
		}
		return ids;
	}

	/** The rows of {@code ids[from..to)} in that order. */
	public List<CatalogueRow> rows(long[] ids, int from, int to) throws StoreException {
		if (from >= to) {
			return List.of();
		}
		return Transactions.read(database, c -> rows(c, ids, from, to));
	}

	private static List<CatalogueRow> rows(Connection c, long[] ids, int from, int to) throws SQLException {
		Map<Long, CatalogueRow> byId = new HashMap<>();
		String marks = Collections.nCopies(to - from, "?").stream().collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try (PreparedStatement statement = c.prepareStatement(ROWS + marks)) {
			for (int i = from; i < to; i++) {
				statement.setLong(i - from + 1, ids[i]);
			}
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					String review = row.getString(8);
					byId.put(row.getLong(1), new CatalogueRow(row.getLong(1), row.getString(2), row.getString(3),
							row.getString(4), row.getString(5), row.getString(6), row.getInt(7),
							review == null ? null : ReviewStatus.valueOf(review)));
				}
			}
		}
		List<CatalogueRow> rows = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			CatalogueRow row = byId.get(ids[i]);
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}
}
