package org.techserv.library.ui.internal.circulation;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.techserv.workbench.WorkbenchIds;

/**
 * The desk's message line, big enough to read from a step away: green when a scan did what it should, amber
 * when it did but needs a look, red with a beep when it was refused.
 */
final class Banner {

	private static final Color GREEN = new Color(46, 125, 50);
	private static final Color AMBER = new Color(255, 179, 0);
	private static final Color RED = new Color(198, 40, 40);
	private static final Color WHITE = new Color(255, 255, 255);
	private static final Color BLACK = new Color(0, 0, 0);

	private final Composite box;
	private final Label text;
	private Outcome.Kind kind;

	Banner(Composite parent, LocalResourceManager resources, String key) {
		box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 8).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		text = new Label(box, SWT.WRAP);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		text.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(4)
				.setStyle(SWT.BOLD)));
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
	}

	/** A plain hint, no colour. */
	void hint(String message) {
		kind = null;
		paint(null, null, message);
	}

	void show(Outcome outcome) {
		kind = outcome.kind();
		switch (outcome.kind()) {
		case DONE -> paint(GREEN, WHITE, outcome.message());
		case NOTE -> paint(AMBER, BLACK, outcome.message());
		case REFUSED -> {
			paint(RED, WHITE, outcome.message());
			box.getDisplay().beep();
		}
		}
	}

	/** What the banner shows now: null for a hint. */
	Outcome.Kind kind() {
		return kind;
	}

	private void paint(Color background, Color foreground, String message) {
		box.setBackground(background);
		text.setBackground(background);
		text.setForeground(foreground);
		text.setText(message.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		box.getParent().layout(true, true);
	}
}
