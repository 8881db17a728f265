package org.techserv.library.circulation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.techserv.library.model.ItemStatus;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.AuditTrail;
import org.techserv.store.Utc;

/**
 * A copy as circulation reads and changes it: id, version, status and its record's title. Status changes go
 * through {@link #moveTo}, which checks nobody moved the copy meanwhile and records the change in the audit
 * trail like any other edit of the copy.
 */
public record ItemRow(long id, int version, String barcode, ItemStatus status, String title) {

	private static final String SELECT = "SELECT I.ID, I.VERSION, I.BARCODE, I.STATUS, R.TITLE FROM LIBRARY_ITEM I " //$NON-NLS-1$
			+ "JOIN LIBRARY_RECORD R ON R.ID = I.RECORD_ID WHERE I.BARCODE = ?"; //$NON-NLS-1$
	private static final String UPDATE = "UPDATE LIBRARY_ITEM SET STATUS = ?, VERSION = VERSION + 1, UPDATED_BY = ?, " //$NON-NLS-1$
			+ "UPDATED_AT = ? WHERE ID = ? AND VERSION = ?"; //$NON-NLS-1$

	/** The copy with this barcode, or null. */
	public static ItemRow find(Connection connection, String barcode) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(SELECT)) {
			select.setString(1, barcode);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				return new ItemRow(row.getLong(1), row.getInt(2), row.getString(3),
						ItemStatus.get(row.getString(4)), row.getString(5));
			}
		}
	}

	/** Sets the status; false when the copy changed since it was read (another desk, an editor). */
	public boolean moveTo(Connection connection, ItemStatus next, String user, Instant now) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
			update.setString(1, next.getLiteral());
			update.setString(2, user);
			update.setTimestamp(3, Timestamp.from(now), Utc.calendar());
			update.setLong(4, id);
			update.setInt(5, version);
			if (update.executeUpdate() != 1) {
				return false;
			}
		}
		AuditTrail.record(connection, List.of(new AuditEntry("Item", id, version + 1, Action.UPDATED, "STATUS", //$NON-NLS-1$ //$NON-NLS-2$
				status.getLiteral(), next.getLiteral(), user, now)));
		return true;
	}
}
