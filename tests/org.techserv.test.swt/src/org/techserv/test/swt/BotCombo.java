package org.techserv.test.swt;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;

/** A combo box, as SWTBot's {@code SWTBotCombo}. */
public class BotCombo extends AbstractBotWidget<Combo> {

	public BotCombo(Combo combo) {
		super(combo);
	}

	/** The items on offer, in order. */
	public List<String> items() {
		return UIThread.syncExec(() -> List.of(widget.getItems()));
	}

	/** The selected item's text, or empty. */
	public String selection() {
		return UIThread.syncExec(() -> widget.getSelectionIndex() < 0 ? "" : widget.getItem(widget.getSelectionIndex())); //$NON-NLS-1$
	}

	/** Chooses the item with this text as a user would (selection listeners run); fails when it is not on offer. */
	public BotCombo setSelection(String text) {
		requireEnabled();
		int index = UIThread.syncExec(() -> widget.indexOf(text));
		if (index < 0) {
			throw new WidgetNotFoundException("no item '" + text + "' in " + describe() + "; items: " + items()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		UIThread.syncExec(() -> {
			widget.setFocus();
			widget.select(index);
		});
		notifySync(SWT.Selection, new Event());
		return this;
	}
}
