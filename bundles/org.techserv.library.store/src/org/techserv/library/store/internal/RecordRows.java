package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.util.RecordValues;
import org.techserv.store.AuditEntry;
import org.techserv.store.Utc;

/**
 * The SQL of {@code LIBRARY_RECORD}: the fields as ISO 2709 bytes plus the values lists and duplicate checks
 * read as columns. Written by hand (not through EntityTable) because the fields are one value and imports write
 * in batches.
 */
public final class RecordRows {

	public static final String ENTITY_TYPE = "BibliographicRecord"; //$NON-NLS-1$
	/** The audit entry of an import batch: the ids of the records it created, as {@link IdRanges}. */
	public static final String IMPORT_TYPE = "BibliographicRecordImport"; //$NON-NLS-1$
	public static final String IMPORT_FIELD = "IDS"; //$NON-NLS-1$
	static final String VALUES = "LEADER, CONTROL_NUMBER, CONTROL_ID, TITLE, AUTHOR, ISBN, ISSN, PUBLISHER, PUB_YEAR, " //$NON-NLS-1$
			+ "CALL_NUMBER, SOURCE, MARC"; //$NON-NLS-1$
	public static final String INSERT = "INSERT INTO LIBRARY_RECORD (ID, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, " //$NON-NLS-1$
			+ "UPDATED_AT, " + VALUES + ", ORIGINAL, ORIGINAL_FORMAT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$ //$NON-NLS-2$
	public static final String UPDATE = "UPDATE LIBRARY_RECORD SET VERSION = ?, UPDATED_BY = ?, UPDATED_AT = ?, " //$NON-NLS-1$
			+ VALUES.replace(", ", " = ?, ") + " = ? WHERE ID = ? AND VERSION = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final String SELECT_ALL = "SELECT ID, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT, SOURCE, " //$NON-NLS-1$
			+ "MARC FROM LIBRARY_RECORD ORDER BY ID"; //$NON-NLS-1$
	public static final String SELECT = SELECT_ALL.replace(" ORDER BY ID", " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$

	private RecordRows() {
	}

	/**
	 * What a record's row holds besides id, version and who/when: the values (as the record gives them, cut to
	 * their columns when bound) and the fields as ISO 2709. Worked out once, possibly on another thread than the
	 * one writing the row (an import prepares the next records while the last batch is written).
	 */
	public record Values(String leader, String controlNumber, String controlId, String title, String author,
			String isbn, String issn, String publisher, String year, String callNumber, String source, byte[] marc) {

		public static Values of(BibliographicRecord record) {
			return new Values(record.getLeader(), record.getControlNumber(), RecordValues.control(record, "003"), //$NON-NLS-1$
					record.getTitle(), record.getAuthor(), record.getIsbn(), record.getIssn(), record.getPublisher(),
					record.getYear(), record.getCallNumber(), record.getSource(), MarcBytes.of(record));
		}
	}

	/** Binds LEADER..MARC from {@code first} on; returns the next index. */
	public static int bindValues(PreparedStatement statement, int first, Values values) throws SQLException {
		int i = first;
		statement.setString(i++, values.leader());
		statement.setString(i++, cut(values.controlNumber(), 40));
		statement.setString(i++, cut(values.controlId(), 40));
		statement.setString(i++, cut(values.title(), 1000));
		statement.setString(i++, cut(values.author(), 400));
		statement.setString(i++, cut(values.isbn(), 40));
		statement.setString(i++, cut(values.issn(), 40));
		statement.setString(i++, cut(values.publisher(), 400));
		statement.setString(i++, cut(values.year(), 4));
		statement.setString(i++, cut(values.callNumber(), 200));
		statement.setString(i++, cut(values.source(), 200));
		statement.setBytes(i++, values.marc());
		return i;
	}

	/** Adds one new record's row to a batch (INSERT): id, who and when, values, original. */
	public static void addInsert(PreparedStatement insert, BibliographicRecord record, byte[] original, String format,
			String user, Instant now) throws SQLException {
		addInsert(insert, record.getId(), Values.of(record), original, format, user, now);
	}

	/** Adds one new record's row to a batch (INSERT) from values worked out before. */
	public static void addInsert(PreparedStatement insert, long id, Values values, byte[] original, String format,
			String user, Instant now) throws SQLException {
		bindInsert(insert, 1, id, values, original, format, user, now);
		insert.addBatch();
	}

	/** {@link #INSERT} with {@code rows} rows in one statement (one execution stores them all). */
	public static String insertRows(int rows) {
		String row = INSERT.substring(INSERT.lastIndexOf(" VALUES ") + 8); //$NON-NLS-1$
		return INSERT + (", " + row).repeat(rows - 1); //$NON-NLS-1$
	}

	/** Binds one row of an INSERT from parameter {@code first} on; returns the next parameter. */
	public static int bindInsert(PreparedStatement insert, int first, long id, Values values, byte[] original,
			String format, String user, Instant now) throws SQLException {
		return bindInsert(insert, first, id, values, original, format, user, Timestamp.from(now), Utc.calendar());
	}

	/** The same, with the time and a UTC calendar to store it by given (rows written together share them). */
	public static int bindInsert(PreparedStatement insert, int first, long id, Values values, byte[] original,
			String format, String user, Timestamp at, java.util.Calendar utc) throws SQLException {
		insert.setLong(first, id);
		insert.setString(first + 1, user);
		insert.setTimestamp(first + 2, at, utc);
		insert.setString(first + 3, user);
		insert.setTimestamp(first + 4, at, utc);
		int next = bindValues(insert, first + 5, values);
		if (original == null) {
			insert.setNull(next, Types.BLOB);
			insert.setNull(next + 1, Types.VARCHAR);
		} else if (Arrays.equals(original, values.marc())) {
			// the usual UTF-8 record: stored once, as MARC, until the first change (see keepOriginal)
			insert.setNull(next, Types.BLOB);
			insert.setString(next + 1, format);
		} else {
			insert.setBytes(next, original);
			insert.setString(next + 1, format);
		}
		return next + 2;
	}

	/**
	 * Before the MARC of a record changes: a record stored as it arrived keeps those bytes only in MARC
	 * (ORIGINAL empty, ORIGINAL_FORMAT set), so they are copied to ORIGINAL first.
	 */
	public static void keepOriginal(Connection c, long id) throws SQLException {
		try (PreparedStatement keep = c.prepareStatement("UPDATE LIBRARY_RECORD SET ORIGINAL = MARC " //$NON-NLS-1$
				+ "WHERE ID = ? AND ORIGINAL IS NULL AND ORIGINAL_FORMAT IS NOT NULL")) { //$NON-NLS-1$
			keep.setLong(1, id);
			keep.executeUpdate();
		}
	}

	/** The record as it arrived, or null when it was catalogued here (or is not there). */
	public static byte[] original(Connection c, long id) throws SQLException {
		try (PreparedStatement select = c
				.prepareStatement("SELECT ORIGINAL, ORIGINAL_FORMAT, MARC FROM LIBRARY_RECORD WHERE ID = ?")) { //$NON-NLS-1$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next() || row.getString(2) == null) {
					return null;
				}
				byte[] original = row.getBytes(1);
				return original != null ? original : row.getBytes(3);
			}
		}
	}

	/** The creation of a record as its row tells it, or null when there is no such record. */
	public static AuditEntry created(Connection c, long id) throws SQLException {
		try (PreparedStatement select = c
				.prepareStatement("SELECT CREATED_BY, CREATED_AT FROM LIBRARY_RECORD WHERE ID = ?")) { //$NON-NLS-1$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? new AuditEntry(ENTITY_TYPE, id, 1, AuditEntry.Action.CREATED, null, null, null,
						row.getString(1), row.getTimestamp(2, Utc.calendar()).toInstant()) : null;
			}
		}
	}

	/** Reads a row of {@link #SELECT} into a record. */
	public static BibliographicRecord read(ResultSet row) throws SQLException {
		BibliographicRecord record = MarcBytes.read(row.getBytes(8));
		record.setId(row.getLong(1));
		record.setVersion(row.getInt(2));
		record.setCreatedBy(row.getString(3));
		record.setCreatedAt(row.getTimestamp(4, Utc.calendar()).toInstant());
		record.setUpdatedBy(row.getString(5));
		record.setUpdatedAt(row.getTimestamp(6, Utc.calendar()).toInstant());
		record.setSource(row.getString(7));
		return record;
	}

	public static BibliographicRecord select(Connection c, long id) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(SELECT)) {
			statement.setLong(1, id);
			try (ResultSet row = statement.executeQuery()) {
				return row.next() ? read(row) : null;
			}
		}
	}

	static String cut(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
