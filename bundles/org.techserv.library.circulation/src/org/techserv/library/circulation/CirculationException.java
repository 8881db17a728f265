package org.techserv.library.circulation;

import org.techserv.store.StoreException;

/**
 * The desk refused a check-out, check-in or renewal; nothing was written. The message names the barcode and
 * says why; {@link #refusal()} lets the desk react without reading it.
 */
public class CirculationException extends StoreException {

	private static final long serialVersionUID = 1L;

	/** Why. */
	public enum Refusal {
		UNKNOWN_PATRON, PATRON_BLOCKED, TOO_MANY_ITEMS, UNKNOWN_ITEM, NOT_AVAILABLE, ALREADY_ON_LOAN, NOT_ON_LOAN,
		NO_RENEWALS_LEFT
	}

	private final Refusal refusal;

	public CirculationException(Refusal refusal, String message) {
		super(Reason.INVALID, message, null, null);
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return refusal;
	}
}
