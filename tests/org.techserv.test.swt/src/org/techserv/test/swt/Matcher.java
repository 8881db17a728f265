package org.techserv.test.swt;

import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;

/**
 * A predicate over widgets with a description, in the spirit of SWTBot's matchers. Predicates run on the UI
 * thread. Combine with {@link #and(Matcher)}.
 */
public final class Matcher {

	/** The data key widgets carry their test id under; SWTBot's key, so SWTBot can take over one day. */
	public static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

	private final Predicate<Widget> predicate;
	private final String description;

	private Matcher(Predicate<Widget> predicate, String description) {
		this.predicate = predicate;
		this.description = description;
	}

	public static Matcher of(String description, Predicate<Widget> predicate) {
		return new Matcher(predicate, description);
	}

	public static Matcher ofType(Class<? extends Widget> type) {
		return new Matcher(type::isInstance, "of type '" + type.getSimpleName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A widget whose {@value #WIDGET_KEY} data equals {@code id}. */
	public static Matcher withId(String id) {
		return new Matcher(w -> Objects.equals(id, w.getData(WIDGET_KEY)), "with id '" + id + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A widget whose text, without mnemonics and accelerator, equals {@code text}. */
	public static Matcher withMnemonic(String text) {
		return new Matcher(w -> text.equals(mnemonicText(w)), "with text '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A widget whose tool tip equals {@code tooltip}. */
	public static Matcher withTooltip(String tooltip) {
		return new Matcher(w -> tooltip.equals(WidgetText.tooltip(w)), "with tooltip '" + tooltip + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A button with the given SWT style bit, e.g. {@code SWT.RADIO} or {@code SWT.CHECK}. */
	public static Matcher withStyle(int style, String name) {
		return new Matcher(w -> (w.getStyle() & style) != 0, "with style " + name); //$NON-NLS-1$
	}

	public Matcher and(Matcher other) {
		return new Matcher(predicate.and(other.predicate), description + " and " + other.description); //$NON-NLS-1$
	}

	public boolean matches(Widget widget) {
		return !widget.isDisposed() && predicate.test(widget);
	}

	@Override
	public String toString() {
		return description;
	}

	/** The text as the user reads it: no {@code &} mnemonic marker, nothing after a tab (the accelerator). */
	static String mnemonicText(Widget widget) {
		String text = WidgetText.text(widget);
		if (text == null) {
			return null;
		}
		int tab = text.indexOf('\t');
		if (tab >= 0) {
			text = text.substring(0, tab);
		}
		return text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Whether the widget is a label that names the control after it (SWTBot's "withLabel"). */
	static boolean isLabel(Widget widget) {
		return widget instanceof Label || widget instanceof CLabel;
	}
}
