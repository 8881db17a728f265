package org.techserv.library.serials.store;

import java.time.LocalDate;

import org.techserv.library.serials.PredictedIssue;

/**
 * A stored expected issue with where it stands, and the subscription's title and vendor for lists.
 *
 * @param sequence   the issue's place in the subscription's run (the prediction's sequence)
 * @param itemId     the item made of it on receipt, or 0
 * @param nextClaim  when it may be claimed (again), or null when never claimed
 */
public record SerialIssue(long id, long subscriptionId, int sequence, String enumeration, String chronology,
		LocalDate expected, IssueStatus status, LocalDate received, long itemId, int claimCount, LocalDate lastClaim,
		LocalDate nextClaim, String title, String vendor) {

	/** {@code v.1:no.1(2024:Jan)}. */
	public String label() {
		return PredictedIssue.label(enumeration, chronology);
	}
}
