package org.techserv.library.circulation;

/**
 * A patron as the desk needs them: the party with a patron role, its card barcode, whether it is blocked and
 * why, and how many copies it has on loan now.
 */
public record Patron(long partyId, String barcode, String name, boolean blocked, String blockReason, int loans,
		int overdue) {
}
