package org.techserv.test.swt;

import org.eclipse.swt.widgets.Control;

/** A label ({@code Label} or {@code CLabel}). */
public class BotLabel extends AbstractBotWidget<Control> {

	public BotLabel(Control label) {
		super(label);
	}
}
