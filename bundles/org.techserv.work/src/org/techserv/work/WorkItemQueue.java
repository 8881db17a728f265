package org.techserv.work;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.techserv.model.core.Priority;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;

/**
 * The usual work-queue question for one kind of work item (all domains keep theirs in {@code CORE_WORK_ITEM}):
 * the open items assigned to the staff person, and the open items due by today that nobody has taken. A domain's
 * provider for a new kind of work item is this plus a label, e.g.
 * {@code new WorkItemQueue("SerialClaim", Set.of("RECEIVED", "CANCELLED"), "Serial claim").entries(query)}.
 *
 * @param kind     the work item's class name as stored in {@code KIND}, e.g. {@code ServiceOrder}
 * @param closed   the statuses that mean nothing is left to do
 * @param label    the entries' kind as the user reads it
 */
public record WorkItemQueue(String kind, Set<String> closed, String label) {

	/** More is not a work queue any more; the view shows the first ones by due date. */
	public static final int LIMIT = 500;

	public WorkItemQueue {
		closed = Set.copyOf(closed);
	}

	/** The open items for {@code query}: assigned to the staff person, or unassigned and due by today. */
	public List<WorkEntry> entries(WorkQuery query) throws StoreException {
		String notClosed = closed.isEmpty() ? "" //$NON-NLS-1$
				: " AND W.STATUS NOT IN " + Collections.nCopies(closed.size(), "?").stream() //$NON-NLS-1$ //$NON-NLS-2$
						.collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String sql = "SELECT W.ID, W.NUMBER, W.TITLE, W.PRIORITY, W.DUE_DATE, A.SORT_NAME FROM CORE_WORK_ITEM W " //$NON-NLS-1$
				+ "LEFT JOIN CORE_PARTY A ON A.ID = W.ASSIGNEE_ID WHERE W.KIND = ?" + notClosed //$NON-NLS-1$
				+ " AND (W.ASSIGNEE_ID = ? OR W.ASSIGNEE_ID IS NULL AND W.DUE_DATE <= ?)" //$NON-NLS-1$
				+ " ORDER BY W.DUE_DATE, W.ID FETCH FIRST " + LIMIT + " ROWS ONLY"; //$NON-NLS-1$ //$NON-NLS-2$
		return Transactions.read(query.database(), c -> {
			try (PreparedStatement statement = c.prepareStatement(sql)) {
				int n = 1;
				statement.setString(n++, kind);
				for (String status : closed.stream().sorted().toList()) {
					statement.setString(n++, status);
				}
				statement.setLong(n++, query.staffId());
				statement.setDate(n, Date.valueOf(query.today()));
				List<WorkEntry> entries = new ArrayList<>();
				try (ResultSet row = statement.executeQuery()) {
					while (row.next()) {
						Date due = row.getDate(5);
						entries.add(new WorkEntry(label, row.getLong(1), row.getString(2), row.getString(3),
								due == null ? null : due.toLocalDate(), null, Priority.get(row.getString(4)),
								row.getString(6)));
					}
				}
				return entries;
			}
		});
	}
}
