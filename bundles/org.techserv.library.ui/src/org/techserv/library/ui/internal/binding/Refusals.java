package org.techserv.library.ui.internal.binding;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * How a refusal reaches the user: the store's own words, verbatim, in an error dialog (with a beep, so a
 * technician scanning at speed notices), and nothing else: no stack trace, no "an error occurred".
 */
final class Refusals {

	private Refusals() {
	}

	static void show(Shell shell, Exception refusal) {
		shell.getDisplay().beep();
		MessageDialog.openError(shell, Messages.refusedTitle, refusal.getMessage());
	}
}
