package org.techserv.test.swt;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Shell;

/** Ready-made conditions for {@link Bot#waitUntil(ICondition)}, named as SWTBot's. */
public final class Conditions {

	private Conditions() {
	}

	/** A condition from a test and a message. */
	public static ICondition that(String expectation, BooleanSupplier test) {
		return new ICondition() {
			@Override
			public boolean test() {
				return test.getAsBoolean();
			}

			@Override
			public String getFailureMessage() {
				return expectation;
			}
		};
	}

	/** A shell with this title is open and active. */
	public static ICondition shellIsActive(String title) {
		return that("a shell titled '" + title + "' to be active", //$NON-NLS-1$ //$NON-NLS-2$
				() -> UIThread.syncExec(() -> {
					Shell active = UIThread.display().getActiveShell();
					return active != null && title.equals(active.getText());
				}));
	}

	/** A shell with this title is open (active or not). */
	public static ICondition shellIsOpen(String title) {
		return that("a shell titled '" + title + "' to be open", //$NON-NLS-1$ //$NON-NLS-2$
				() -> UIThread.syncExec(() -> {
					for (Shell shell : UIThread.display().getShells()) {
						if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
							return true;
						}
					}
					return false;
				}));
	}

	/** The shell has closed. */
	public static ICondition shellCloses(BotShell shell) {
		return that("shell '" + shell.title() + "' to close", //$NON-NLS-1$ //$NON-NLS-2$
				() -> UIThread.syncExec(() -> shell.widget.isDisposed() || !shell.widget.isVisible()));
	}

	/** The table has {@code rows} rows. */
	public static ICondition tableHasRows(BotTable table, int rows) {
		return that(table + " to have " + rows + " rows", () -> table.rowCount() == rows); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The value supplied equals {@code expected}; the message shows the last value seen. */
	public static <T> ICondition valueIs(String what, T expected, Supplier<T> actual) {
		Object[] last = new Object[1];
		return new ICondition() {
			@Override
			public boolean test() {
				last[0] = actual.get();
				return java.util.Objects.equals(expected, last[0]);
			}

			@Override
			public String getFailureMessage() {
				return what + " to be <" + expected + "> but was <" + last[0] + ">"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		};
	}

	/** The widget is enabled. */
	public static ICondition widgetIsEnabled(AbstractBotWidget<?> widget) {
		return that(widget + " to be enabled", widget::isEnabled); //$NON-NLS-1$
	}
}
