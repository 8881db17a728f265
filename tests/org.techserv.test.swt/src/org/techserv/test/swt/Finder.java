package org.techserv.test.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;

/** Walks a widget tree in child order, visible widgets only. Call on the UI thread. */
final class Finder {

	private Finder() {
	}

	/** Every visible widget under {@code root} (root included) that matches, in tree order. */
	static List<Widget> findAll(Control root, Matcher matcher) {
		List<Widget> found = new ArrayList<>();
		walk(root, w -> {
			if (matcher.matches(w)) {
				found.add(w);
			}
		});
		return found;
	}

	/**
	 * The control of {@code type} right after a label whose text is {@code label}, among the label's siblings
	 * (how forms put a label before its field).
	 */
	static List<Widget> findWithLabel(Control root, String label, Matcher matcher) {
		List<Widget> found = new ArrayList<>();
		walk(root, w -> {
			if (Matcher.isLabel(w) && label.equals(Matcher.mnemonicText(w))) {
				Control[] siblings = ((Control) w).getParent().getChildren();
				for (int i = indexOf(siblings, w) + 1; i < siblings.length; i++) {
					if (matcher.matches(siblings[i]) && siblings[i].isVisible()) {
						found.add(siblings[i]);
						break;
					}
				}
			}
		});
		return found;
	}

	/** Descriptions of the visible widgets under root, for "not found" messages. */
	static List<String> describeAll(Control root, Matcher typeMatcher) {
		List<String> all = new ArrayList<>();
		walk(root, w -> {
			if (typeMatcher.matches(w)) {
				all.add(WidgetText.describe(w));
			}
		});
		return all;
	}

	private static void walk(Control control, Consumer<Widget> visitor) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		visitor.accept(control);
		if (control instanceof ToolBar toolBar) {
			for (Widget item : toolBar.getItems()) {
				visitor.accept(item);
			}
		}
		if (control instanceof CTabFolder folder) {
			for (Widget item : folder.getItems()) {
				visitor.accept(item);
			}
		}
		if (control instanceof TabFolder folder) {
			for (Widget item : folder.getItems()) {
				visitor.accept(item);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (!(child instanceof Shell)) {
					walk(child, visitor);
				}
			}
		}
	}

	private static int indexOf(Control[] controls, Widget widget) {
		for (int i = 0; i < controls.length; i++) {
			if (controls[i] == widget) {
				return i;
			}
		}
		return -1;
	}
}
