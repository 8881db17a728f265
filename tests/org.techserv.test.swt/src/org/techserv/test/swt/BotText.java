package org.techserv.test.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** A text field. */
public class BotText extends AbstractBotWidget<Text> {

	public BotText(Text text) {
		super(text);
	}

	/** Replaces the whole text at once (modify listeners run), as SWTBot's {@code setText}. */
	public BotText setText(String value) {
		requireEnabled();
		UIThread.syncExec(() -> widget.setText(value));
		return this;
	}

	/** Focuses the field, selects what is there and types {@code value} key by key. */
	public BotText typeText(String value) {
		requireEnabled();
		UIThread.syncExec(() -> {
			widget.getShell().forceActive();
			widget.setFocus();
			widget.selectAll();
		});
		Keyboard.typeText(value);
		return this;
	}

	/** The grey hint shown while the field is empty. */
	public String getMessage() {
		return UIThread.syncExec(widget::getMessage);
	}

	public boolean isReadOnly() {
		return UIThread.syncExec(() -> (widget.getStyle() & SWT.READ_ONLY) != 0 || !widget.getEditable());
	}
}
