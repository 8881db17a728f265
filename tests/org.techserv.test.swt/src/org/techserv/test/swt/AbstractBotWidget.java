package org.techserv.test.swt;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/**
 * A found widget and what a test does with it, as SWTBot's {@code AbstractSWTBot}. Every method hops to the UI
 * thread itself.
 *
 * @param <T> the SWT widget type
 */
public abstract class AbstractBotWidget<T extends Widget> {

	/** The SWT widget; touch it only on the UI thread. */
	public final T widget;

	protected AbstractBotWidget(T widget) {
		this.widget = widget;
	}

	/** The text the user reads, mnemonic marker included. */
	public String getText() {
		return UIThread.syncExec(() -> WidgetText.text(widget));
	}

	public String getToolTipText() {
		return UIThread.syncExec(() -> WidgetText.tooltip(widget));
	}

	/** The {@value Matcher#WIDGET_KEY} id, or null. */
	public String getId() {
		return UIThread.syncExec(() -> (String) widget.getData(Matcher.WIDGET_KEY));
	}

	public boolean isEnabled() {
		return UIThread.syncExec(() -> !(widget instanceof Control c) || c.isEnabled());
	}

	public boolean isVisible() {
		return UIThread.syncExec(() -> !(widget instanceof Control c) || c.isVisible());
	}

	/** Gives the control keyboard focus. */
	public AbstractBotWidget<T> setFocus() {
		UIThread.syncExec(() -> {
			if (widget instanceof Control c) {
				c.getShell().forceActive();
				c.setFocus();
			}
		});
		return this;
	}

	/** Focuses the control, then presses the key with modifiers through the real keyboard. */
	public AbstractBotWidget<T> pressShortcut(int modifiers, int key) {
		setFocus();
		Keyboard.pressShortcut(modifiers, key);
		return this;
	}

	/** Fails unless the widget is enabled: clicking a disabled widget is a test bug a user could not do. */
	protected void requireEnabled() {
		if (!isEnabled()) {
			throw new IllegalStateException(describe() + " is disabled"); //$NON-NLS-1$
		}
	}

	/** Sends an event as the widget would get it; asynchronously, so a modal dialog it opens cannot block. */
	protected void notifyAsync(int eventType) {
		UIThread.asyncExec(() -> {
			if (!widget.isDisposed()) {
				Event event = new Event();
				event.widget = widget;
				event.time = (int) System.currentTimeMillis();
				widget.notifyListeners(eventType, event);
			}
		});
	}

	protected void notifySync(int eventType, Event event) {
		UIThread.syncExec(() -> {
			if (!widget.isDisposed()) {
				event.widget = widget;
				widget.notifyListeners(eventType, event);
			}
		});
	}

	public String describe() {
		return UIThread.syncExec(() -> widget.isDisposed() ? "disposed widget" : WidgetText.describe(widget)); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return describe();
	}
}
