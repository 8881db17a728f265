package org.techserv.test.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.ToolItem;

/** A tool bar button. */
public class BotToolbarButton extends AbstractBotWidget<ToolItem> {

	public BotToolbarButton(ToolItem item) {
		super(item);
	}

	public BotToolbarButton click() {
		requireEnabled();
		UIThread.syncExec(() -> {
			if ((widget.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
				widget.setSelection(!widget.getSelection());
			}
		});
		notifyAsync(SWT.Selection);
		return this;
	}

	@Override
	public boolean isEnabled() {
		return UIThread.syncExec(widget::isEnabled);
	}
}
