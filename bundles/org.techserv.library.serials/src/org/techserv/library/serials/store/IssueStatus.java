package org.techserv.library.serials.store;

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
}
