package org.techserv.test.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TabItem;

/** A tab of a {@code TabFolder} or {@code CTabFolder}. */
public class BotTabItem extends AbstractBotWidget<Item> {

	public BotTabItem(Item item) {
		super(item);
	}

	/** Brings the tab to the front; selection listeners run. */
	public BotTabItem activate() {
		UIThread.syncExec(() -> {
			Event event = new Event();
			event.item = widget;
			if (widget instanceof TabItem tab) {
				tab.getParent().setSelection(tab);
				tab.getParent().notifyListeners(SWT.Selection, event);
			} else if (widget instanceof CTabItem tab) {
				tab.getParent().setSelection(tab);
				tab.getParent().notifyListeners(SWT.Selection, event);
			}
		});
		return this;
	}
}
