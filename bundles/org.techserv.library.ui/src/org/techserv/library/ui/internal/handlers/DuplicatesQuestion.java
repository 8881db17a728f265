package org.techserv.library.ui.internal.handlers;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.ui.internal.Messages;

/** Asks what to do with records the catalogue already has (same ISBN, or same 001 and 003). */
public final class DuplicatesQuestion {

	private DuplicatesQuestion() {
	}

	/** The cataloguer's answer, or null when they cancelled. */
	public static Duplicates ask(Shell shell) {
		MessageDialog ask = new MessageDialog(shell, Messages.importTitle, null, Messages.importDuplicatesQuestion,
				MessageDialog.QUESTION, 0, Messages.importSkip, Messages.importReplace, Messages.importKeep,
				IDialogConstants.CANCEL_LABEL);
		return switch (ask.open()) {
		case 0 -> Duplicates.SKIP;
		case 1 -> Duplicates.REPLACE;
		case 2 -> Duplicates.KEEP_BOTH;
		default -> null;
		};
	}
}
