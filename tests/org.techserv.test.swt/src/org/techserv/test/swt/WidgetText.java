package org.techserv.test.swt;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/** Reads the text and tool tip of any widget kind. Call on the UI thread. */
final class WidgetText {

	private WidgetText() {
	}

	static String text(Widget widget) {
		if (widget instanceof Button b) {
			return b.getText();
		}
		if (widget instanceof Label l) {
			return l.getText();
		}
		if (widget instanceof CLabel l) {
			return l.getText();
		}
		if (widget instanceof Text t) {
			return t.getText();
		}
		if (widget instanceof Combo c) {
			return c.getText();
		}
		if (widget instanceof Group g) {
			return g.getText();
		}
		if (widget instanceof Link l) {
			return l.getText();
		}
		if (widget instanceof Shell s) {
			return s.getText();
		}
		if (widget instanceof Item i) {
			return i.getText();
		}
		return null;
	}

	static String tooltip(Widget widget) {
		if (widget instanceof Control c) {
			return c.getToolTipText();
		}
		if (widget instanceof ToolItem t) {
			return t.getToolTipText();
		}
		if (widget instanceof TabItem t) {
			return t.getToolTipText();
		}
		if (widget instanceof CTabItem t) {
			return t.getToolTipText();
		}
		return null;
	}

	/** A short description for messages: {@code Button "OK"}. */
	static String describe(Widget widget) {
		String text = text(widget);
		Object id = widget.getData(Matcher.WIDGET_KEY);
		return widget.getClass().getSimpleName() + (text == null || text.isEmpty() ? "" : " \"" + text + '"') //$NON-NLS-1$ //$NON-NLS-2$
				+ (id == null ? "" : " id=" + id); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
