package org.techserv.test.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;

/** A push button, check box or radio button. */
public class BotButton extends AbstractBotWidget<Button> {

	public BotButton(Button button) {
		super(button);
	}

	/** Clicks: for a radio button, selects it and clears its siblings as the OS would. */
	public BotButton click() {
		requireEnabled();
		UIThread.syncExec(() -> {
			if ((widget.getStyle() & SWT.RADIO) != 0) {
				for (var sibling : widget.getParent().getChildren()) {
					if (sibling instanceof Button other && other != widget && (other.getStyle() & SWT.RADIO) != 0
							&& other.getSelection()) {
						other.setSelection(false);
						other.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
					}
				}
				widget.setSelection(true);
			} else if ((widget.getStyle() & SWT.CHECK) != 0) {
				widget.setSelection(!widget.getSelection());
			}
		});
		notifyAsync(SWT.Selection);
		return this;
	}

	public boolean isSelected() {
		return UIThread.syncExec(widget::getSelection);
	}
}
