package org.techserv.library.ui.internal.circulation;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.techserv.workbench.WorkbenchIds;

/**
 * A label that paints its own colours and wraps its text. The workbench's theme sets the colours of labels again
 * whenever the active part changes; a colour that tells the desk what happened must survive that, so this box
 * paints background and text itself over what the label drew.
 */
final class ColourBox {

	private static final int MARGIN = 8;

	private final CLabel label;
	private final int alignment;
	private Color background;
	private Color foreground;

	ColourBox(Composite parent, Font font, int alignment, String key) {
		this.alignment = alignment;
		label = new CLabel(parent, SWT.NONE);
		label.setData(WorkbenchIds.WIDGET_KEY, key);
		label.setFont(font);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		label.addListener(SWT.Paint, this::paint);
		label.addListener(SWT.Resize, e -> fitHeight());
	}

	/** Shows the text in these colours; null colours: the theme's. */
	void show(String text, Color back, Color fore) {
		background = back;
		foreground = fore;
		label.setText(text);
		fitHeight();
		label.redraw();
	}

	String text() {
		return label.getText();
	}

	GridData layoutData() {
		return (GridData) label.getLayoutData();
	}

	private void paint(Event e) {
		Rectangle area = label.getClientArea();
		GC gc = e.gc;
		gc.setBackground(background != null ? background : label.getParent().getBackground());
		gc.fillRectangle(area);
		TextLayout layout = layout(area.width);
		try {
			gc.setForeground(foreground != null ? foreground : label.getForeground());
			int x = alignment == SWT.CENTER ? Math.max(MARGIN, (area.width - layout.getBounds().width) / 2) : MARGIN;
			layout.draw(gc, x, MARGIN);
		} finally {
			layout.dispose();
		}
	}

	/** As tall as the wrapped text at the current width. */
	private void fitHeight() {
		int width = label.getClientArea().width;
		if (width <= 0) {
			return;
		}
		TextLayout layout = layout(width);
		int height = layout.getBounds().height + 2 * MARGIN;
		layout.dispose();
		GridData data = layoutData();
		if (data.heightHint != height) {
			data.heightHint = height;
			label.getParent().layout(true, true);
		}
	}

	private TextLayout layout(int width) {
		TextLayout layout = new TextLayout(label.getDisplay());
		layout.setFont(label.getFont());
		layout.setText(label.getText() == null ? "" : label.getText()); //$NON-NLS-1$
		if (alignment != SWT.CENTER) {
			layout.setWidth(Math.max(1, width - 2 * MARGIN));
		}
		return layout;
	}
}
