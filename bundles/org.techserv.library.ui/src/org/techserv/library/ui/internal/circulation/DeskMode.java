package org.techserv.library.ui.internal.circulation;

/** What a scanned copy barcode does at the desk; switched with F2, F3, F4. */
public enum DeskMode {
	CHECK_OUT, CHECK_IN, RENEW;

	public String label() {
		return switch (this) {
		case CHECK_OUT -> Messages.modeCheckOut;
		case CHECK_IN -> Messages.modeCheckIn;
		case RENEW -> Messages.modeRenew;
		};
	}

	/** The command that switches to this mode (bound to a key in the desk's context). */
	public String commandId() {
		return "org.techserv.library.ui.circulation.commands." + switch (this) { //$NON-NLS-1$
		case CHECK_OUT -> "checkOutMode"; //$NON-NLS-1$
		case CHECK_IN -> "checkInMode"; //$NON-NLS-1$
		case RENEW -> "renewMode"; //$NON-NLS-1$
		};
	}

	public static DeskMode ofCommand(String commandId) {
		for (DeskMode mode : values()) {
			if (mode.commandId().equals(commandId)) {
				return mode;
			}
		}
		throw new IllegalArgumentException(commandId);
	}
}
