package org.techserv.workbench;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

/**
 * Puts plain text on the system clipboard, for the Copy buttons of dialogs. Lives in the workbench shell rather
 * than org.techserv.ui because the shell's own About dialog copies too and org.techserv.ui builds on the shell.
 */
public final class TextClipboard {

	private TextClipboard() {
	}

	/** Replaces the clipboard's contents with the text; the clipboard handle is released again at once. */
	public static void copy(Display display, String text) {
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}
}
