package org.techserv.library.store.review;

/** Where a submission stands. */
public enum ReviewStatus {
	/** Waiting for a librarian. */
	PENDING,
	/** A librarian accepted it. */
	APPROVED,
	/** A librarian sent it back with a comment saying what to change. */
	RETURNED
}
