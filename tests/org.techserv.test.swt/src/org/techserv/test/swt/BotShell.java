package org.techserv.test.swt;

import java.util.List;

import org.eclipse.swt.widgets.Shell;

/** A shell (window or dialog). */
public class BotShell extends AbstractBotWidget<Shell> {

	private String lastTitle;

	public BotShell(Shell shell) {
		super(shell);
		lastTitle = UIThread.syncExec(() -> shell.isDisposed() ? "(closed)" : shell.getText()); //$NON-NLS-1$
	}

	/** The current title, or the last one seen once the shell is closed. */
	public String title() {
		String current = UIThread.syncExec(() -> widget.isDisposed() ? null : widget.getText());
		if (current != null) {
			lastTitle = current;
		}
		return lastTitle;
	}

	/** A bot that searches only this shell. */
	public Bot bot() {
		return new Bot(() -> widget.isDisposed() ? List.of() : List.of(widget), "shell '" + title() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Brings the shell to the front and gives it focus. */
	public BotShell activate() {
		UIThread.syncExec(() -> {
			widget.forceActive();
			widget.setFocus();
		});
		return this;
	}

	public boolean isActive() {
		return UIThread.syncExec(() -> UIThread.display().getActiveShell() == widget);
	}

	/** Closes the shell as the window manager's close button would. */
	public void close() {
		UIThread.asyncExec(() -> {
			if (!widget.isDisposed()) {
				widget.close();
			}
		});
	}
}
