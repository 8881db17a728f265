package org.techserv.library.serials.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techserv.store.Database;
import org.techserv.store.StoreEvents;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;

/**
 * Claims for issues that did not come: the review list of what may be claimed today, grouped by vendor, and the
 * technician's confirmation, which counts the claim and sets the next claim date. Letters are written from what
 * was confirmed ({@link ClaimLetters}), never from the review list alone.
 */
public final class Claims {

	private static final String CLAIMABLE = "WHERE ((I.STATUS = 'LATE' AND (I.NEXT_CLAIM IS NULL OR I.NEXT_CLAIM <= ?)) " //$NON-NLS-1$
			+ "OR (I.STATUS = 'CLAIMED' AND I.NEXT_CLAIM <= ?)) "; //$NON-NLS-1$

	private final Database database;
	private final CheckIn checkIn;

	public Claims(Database database) {
		this.database = database;
		this.checkIn = new CheckIn(database);
	}

	/** Late issues never claimed and claimed ones whose next claim date has come, by vendor then title. */
	public Map<String, List<SerialIssue>> review(LocalDate today) throws StoreException {
		checkIn.markLate(today);
		List<SerialIssue> issues = Transactions.read(database, c -> IssueRows.select(c,
				CLAIMABLE + "ORDER BY S.VENDOR, R.TITLE, I.SEQ", s -> { //$NON-NLS-1$
					s.setDate(1, IssueRows.sql(today));
					s.setDate(2, IssueRows.sql(today));
				}));
		return byVendor(issues);
	}

	/**
	 * Claims the issues the technician confirmed: each still claimable one becomes claimed, its count goes up and
	 * its next claim date is today plus the subscription's days between claims. Issues received or marked
	 * meanwhile are left out.
	 *
	 * @return the issues claimed now, by vendor, for the letters
	 */
	public Map<String, List<SerialIssue>> confirm(List<SerialIssue> confirmed, LocalDate today) throws StoreException {
		List<SerialIssue> claimed = Transactions.inTransaction(database, c -> {
			List<SerialIssue> done = new ArrayList<>();
			try (PreparedStatement days = c.prepareStatement("SELECT S.CLAIM_DAYS FROM SERIAL_SUBSCRIPTION S " //$NON-NLS-1$
					+ "JOIN SERIAL_ISSUE I ON I.SUBSCRIPTION_ID = S.ID WHERE I.ID = ?"); //$NON-NLS-1$
					PreparedStatement claim = c.prepareStatement("UPDATE SERIAL_ISSUE I SET STATUS = 'CLAIMED', " //$NON-NLS-1$
							+ "CLAIM_COUNT = CLAIM_COUNT + 1, LAST_CLAIM = ?, NEXT_CLAIM = ? " + CLAIMABLE //$NON-NLS-1$
							+ "AND I.ID = ?")) { //$NON-NLS-1$
				for (SerialIssue issue : confirmed) {
					days.setLong(1, issue.id());
					int wait;
					try (ResultSet r = days.executeQuery()) {
						if (!r.next()) {
							continue;
						}
						wait = r.getInt(1);
					}
					claim.setDate(1, IssueRows.sql(today));
					claim.setDate(2, IssueRows.sql(today.plusDays(wait)));
					claim.setDate(3, IssueRows.sql(today));
					claim.setDate(4, IssueRows.sql(today));
					claim.setLong(5, issue.id());
					if (claim.executeUpdate() == 1) {
						done.add(CheckIn.load(c, issue.id()));
					}
				}
			}
			if (!done.isEmpty()) {
				StoreEvents.changed(c, StoreEvents.WORK); // claimed issues leave My Work until their next claim date
			}
			return done;
		});
		return byVendor(claimed);
	}

	private static Map<String, List<SerialIssue>> byVendor(List<SerialIssue> issues) {
		Map<String, List<SerialIssue>> groups = new LinkedHashMap<>();
		for (SerialIssue issue : issues) {
			groups.computeIfAbsent(issue.vendor(), v -> new ArrayList<>()).add(issue);
		}
		return groups;
	}
}
