package org.techserv.library.serials.store;

import org.techserv.library.serials.internal.Messages;

/** Where an expected issue stands. */
public enum IssueStatus {
	/** Predicted, not yet due past its grace days. */
	EXPECTED,
	RECEIVED,
	/** Past its expected date and the grace days, not received, not yet claimed. */
	LATE,
	/** Claimed from the vendor at least once; still not received. */
	CLAIMED,
	/** Given up on: a gap in the holdings. */
	MISSING,
	/** Not published after all: no gap. */
	SKIPPED,
	/** Arrived bound into another issue (a combined issue the pattern did not foresee): held. */
	COMBINED,
	/** Received and sent to the bindery in a binding batch: held, not on the shelf. */
	AT_BINDERY,
	/** Bound into a volume that came back from the bindery: held as part of that volume. */
	BOUND;

	/** Still to come: the check-in list shows it and it can be received. */
	public boolean open() {
		return this == EXPECTED || this == LATE || this == CLAIMED;
	}

	/** "at the bindery" for AT_BINDERY: the status as a word in the user's language. */
	public String label() {
		return switch (this) {
		case EXPECTED -> Messages.issue_EXPECTED;
		case RECEIVED -> Messages.issue_RECEIVED;
		case LATE -> Messages.issue_LATE;
		case CLAIMED -> Messages.issue_CLAIMED;
		case MISSING -> Messages.issue_MISSING;
		case SKIPPED -> Messages.issue_SKIPPED;
		case COMBINED -> Messages.issue_COMBINED;
		case AT_BINDERY -> Messages.issue_AT_BINDERY;
		case BOUND -> Messages.issue_BOUND;
		};
	}
}
