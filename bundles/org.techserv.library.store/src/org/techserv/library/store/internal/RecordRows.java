package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.util.RecordValues;
import org.techserv.store.Utc;

/**
 * The SQL of {@code LIBRARY_RECORD}: the fields as ISO 2709 bytes plus the values lists and duplicate checks
 * read as columns. Written by hand (not through EntityTable) because the fields are one value and imports write
 * in batches.
 */
public final class RecordRows {

	public static final String ENTITY_TYPE = "BibliographicRecord"; //$NON-NLS-1$
	static final String VALUES = "LEADER, CONTROL_NUMBER, CONTROL_ID, TITLE, AUTHOR, ISBN, ISSN, PUBLISHER, PUB_YEAR, " //$NON-NLS-1$
			+ "CALL_NUMBER, SOURCE, MARC"; //$NON-NLS-1$
	public static final String INSERT = "INSERT INTO LIBRARY_RECORD (ID, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, " //$NON-NLS-1$
			+ "UPDATED_AT, " + VALUES + ", ORIGINAL, ORIGINAL_FORMAT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$ //$NON-NLS-2$
	public static final String UPDATE = "UPDATE LIBRARY_RECORD SET VERSION = ?, UPDATED_BY = ?, UPDATED_AT = ?, " //$NON-NLS-1$
			+ VALUES.replace(", ", " = ?, ") + " = ? WHERE ID = ? AND VERSION = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final String SELECT = "SELECT ID, VERSION, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT, SOURCE, MARC " //$NON-NLS-1$
			+ "FROM LIBRARY_RECORD WHERE ID = ?"; //$NON-NLS-1$

	private RecordRows() {
	}

	/** Binds LEADER..MARC from {@code first} on; returns the next index. */
	public static int bindValues(PreparedStatement statement, int first, BibliographicRecord record, byte[] marc)
			throws SQLException {
		int i = first;
		statement.setString(i++, record.getLeader());
		statement.setString(i++, cut(record.getControlNumber(), 40));
		statement.setString(i++, cut(RecordValues.control(record, "003"), 40)); //$NON-NLS-1$
		statement.setString(i++, cut(record.getTitle(), 1000));
		statement.setString(i++, cut(record.getAuthor(), 400));
		statement.setString(i++, cut(record.getIsbn(), 40));
		statement.setString(i++, cut(record.getIssn(), 40));
		statement.setString(i++, cut(record.getPublisher(), 400));
		statement.setString(i++, cut(record.getYear(), 4));
		statement.setString(i++, cut(record.getCallNumber(), 200));
		statement.setString(i++, cut(record.getSource(), 200));
		statement.setBytes(i++, marc);
		return i;
	}

	/** Adds one new record's row to a batch (INSERT): id, who and when, values, original. */
	public static void addInsert(PreparedStatement insert, BibliographicRecord record, byte[] original, String format,
			String user, Instant now) throws SQLException {
		Timestamp at = Timestamp.from(now);
		insert.setLong(1, record.getId());
		insert.setString(2, user);
		insert.setTimestamp(3, at, Utc.calendar());
		insert.setString(4, user);
		insert.setTimestamp(5, at, Utc.calendar());
		int next = bindValues(insert, 6, record, MarcBytes.of(record));
		if (original == null) {
			insert.setNull(next, Types.BLOB);
			insert.setNull(next + 1, Types.VARCHAR);
		} else {
			insert.setBytes(next, original);
			insert.setString(next + 1, format);
		}
		insert.addBatch();
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
