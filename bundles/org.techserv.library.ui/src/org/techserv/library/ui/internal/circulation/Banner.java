package org.techserv.library.ui.internal.circulation;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The desk's message line, big enough to read from a step away: green when a scan did what it should, amber
 * when it did but needs a look, red with a beep when it was refused.
 */
final class Banner {

	static final Color GREEN = new Color(46, 125, 50);
	static final Color AMBER = new Color(255, 179, 0);
	static final Color RED = new Color(198, 40, 40);
	private static final Color WHITE = new Color(255, 255, 255);
	private static final Color BLACK = new Color(0, 0, 0);

	private final ColourBox box;
	private Outcome.Kind kind;

	Banner(Composite parent, LocalResourceManager resources, String key) {
		box = new ColourBox(parent, resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont())
				.increaseHeight(4).setStyle(SWT.BOLD)), SWT.LEFT, key);
		box.layoutData().widthHint = 400;
	}

	/** A plain hint, no colour. */
	void hint(String message) {
		kind = null;
		box.show(message, null, null);
	}

	void show(Outcome outcome) {
		kind = outcome.kind();
		switch (outcome.kind()) {
		case DONE -> box.show(outcome.message(), GREEN, WHITE);
		case NOTE -> box.show(outcome.message(), AMBER, BLACK);
		case REFUSED -> {
			box.show(outcome.message(), RED, WHITE);
			Display.getCurrent().beep();
		}
		}
	}

	/** What the banner shows now: null for a hint. */
	Outcome.Kind kind() {
		return kind;
	}
}
