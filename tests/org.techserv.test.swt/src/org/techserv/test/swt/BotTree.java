package org.techserv.test.swt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree; items are addressed by the path of their texts from the root. */
public class BotTree extends AbstractBotWidget<Tree> {

	public BotTree(Tree tree) {
		super(tree);
	}

	/** Selects the item at {@code path}, expanding its parents; selection listeners run. */
	public BotTree select(String... path) {
		UIThread.syncExec(() -> {
			TreeItem item = find(path);
			widget.setFocus();
			widget.setSelection(item);
			Event event = new Event();
			event.item = item;
			widget.notifyListeners(SWT.Selection, event);
		});
		return this;
	}

	/** The texts of the top-level items. */
	public List<String> rootItems() {
		return UIThread.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (TreeItem item : widget.getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
	}

	/** The texts of the top-level items in one column (0 is the first). */
	public List<String> rootItems(int column) {
		return UIThread.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (TreeItem item : widget.getItems()) {
				texts.add(item.getText(column));
			}
			return texts;
		});
	}

	private TreeItem find(String... path) {
		TreeItem[] level = widget.getItems();
		TreeItem found = null;
		for (String name : path) {
			found = null;
			List<String> seen = new ArrayList<>();
			for (TreeItem item : level) {
				seen.add(item.getText());
				if (name.equals(item.getText())) {
					found = item;
				}
			}
			if (found == null) {
				throw new WidgetNotFoundException("no tree item '" + name + "' in " + WidgetText.describe(widget) //$NON-NLS-1$ //$NON-NLS-2$
						+ "; items there: " + seen); //$NON-NLS-1$
			}
			if (found.getItemCount() > 0 && !found.getExpanded()) {
				Event expand = new Event();
				expand.item = found;
				widget.notifyListeners(SWT.Expand, expand);
				found.setExpanded(true);
			}
			level = found.getItems();
		}
		return found;
	}
}
