package org.techserv.library.serials.binding;

/** Where a binding batch stands: put together, at the bindery, back. */
public enum BatchStatus {
	/** Being put together: volumes can be added and removed. */
	OPEN,
	/** At the bindery: its issues and copies cannot circulate. */
	SENT,
	/** Back: each volume of issues is a bound copy. */
	RETURNED
}
