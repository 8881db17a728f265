package org.techserv.test.swt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A menu item of a menu bar or pop-up menu. Going down a level sends the menu its Show event first, as the OS
 * does, so that JFace menu managers fill in contributed items.
 */
public class BotMenu extends AbstractBotWidget<MenuItem> {

	public BotMenu(MenuItem item) {
		super(item);
	}

	/** The item called {@code text} in this item's sub-menu. */
	public BotMenu menu(String text) {
		return new BotMenu(UIThread.syncExec(() -> {
			Menu menu = widget.getMenu();
			if (menu == null) {
				throw new WidgetNotFoundException("menu item '" + Matcher.mnemonicText(widget) + "' has no sub-menu"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return find(menu, text);
		}));
	}

	/** Chooses the item, as releasing the mouse on it does. */
	public BotMenu click() {
		requireEnabled();
		UIThread.asyncExec(() -> {
			if (widget.isDisposed()) {
				return;
			}
			if ((widget.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
				widget.setSelection(!widget.getSelection());
			}
			Event event = new Event();
			event.widget = widget;
			widget.notifyListeners(SWT.Selection, event);
		});
		return this;
	}

	@Override
	public boolean isEnabled() {
		return UIThread.syncExec(widget::isEnabled);
	}

	/** The texts of the items of this item's sub-menu, after it was shown. */
	public List<String> menuItems() {
		return UIThread.syncExec(() -> texts(show(widget.getMenu())));
	}

	/** Finds an item by its text (without mnemonic and accelerator) in a menu, showing the menu first. */
	static MenuItem find(Menu menu, String text) {
		MenuItem[] items = show(menu);
		for (MenuItem item : items) {
			if (text.equals(Matcher.mnemonicText(item))) {
				return item;
			}
		}
		throw new WidgetNotFoundException("no menu item '" + text + "'; the menu has " + texts(items)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static MenuItem[] show(Menu menu) {
		Event event = new Event();
		event.widget = menu;
		menu.notifyListeners(SWT.Show, event);
		// No Hide event: the e4 menu renderer removes dynamic items on Hide, before the click could reach them.
		return menu.getItems();
	}

	private static List<String> texts(MenuItem[] items) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : items) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(Matcher.mnemonicText(item));
			}
		}
		return texts;
	}
}
