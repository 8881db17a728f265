package org.techserv.test.swt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds widgets and waits for conditions, with SWTBot's method names ({@code button}, {@code textWithLabel},
 * {@code waitUntil}, ...). A bot searches the visible shells, the active one first, or one shell when made by
 * {@link BotShell#bot()}. Finding waits up to {@link #timeout()} for the widget to appear, since the UI builds
 * itself asynchronously.
 */
public class Bot {

	/** How long finders and {@link #waitUntil(ICondition)} wait by default. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(
			Long.getLong("techserv.bot.timeoutSeconds", 10)); //$NON-NLS-1$

	private static final long POLL_MS = 50;

	private final Supplier<List<? extends Control>> roots;
	private final String scope;
	private final Duration timeout;

	/** A bot over all visible shells. */
	public Bot() {
		this(Bot::visibleShells, "all shells", DEFAULT_TIMEOUT); //$NON-NLS-1$
	}

	Bot(Supplier<List<? extends Control>> roots, String scope) {
		this(roots, scope, DEFAULT_TIMEOUT);
	}

	private Bot(Supplier<List<? extends Control>> roots, String scope, Duration timeout) {
		this.roots = roots;
		this.scope = scope;
		this.timeout = timeout;
	}

	/** The same search scope with another timeout, e.g. to check that something does not appear. */
	public Bot withTimeout(Duration newTimeout) {
		return new Bot(roots, scope, newTimeout);
	}

	public Duration timeout() {
		return timeout;
	}

	// ---- shells

	/** The visible shell with this title. */
	public BotShell shell(String title) {
		waitUntil(Conditions.shellIsOpen(title));
		return UIThread.syncExec(() -> {
			for (Shell shell : visibleShells()) {
				if (title.equals(shell.getText())) {
					return new BotShell(shell);
				}
			}
			throw new WidgetNotFoundException("no shell titled '" + title + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/** The shell that has focus. */
	public BotShell activeShell() {
		waitUntil(Conditions.that("a shell to be active", //$NON-NLS-1$
				() -> UIThread.syncExec(() -> UIThread.display().getActiveShell() != null)));
		return new BotShell(UIThread.syncExec(() -> UIThread.display().getActiveShell()));
	}

	/** Titles of the visible shells, for messages. */
	public List<String> shellTitles() {
		return UIThread.syncExec(() -> visibleShells().stream().map(Shell::getText).toList());
	}

	// ---- controls

	public BotButton button(String text) {
		return new BotButton((Button) find(Matcher.ofType(Button.class).and(Matcher.withMnemonic(text))));
	}

	public BotButton buttonWithId(String id) {
		return new BotButton((Button) find(Matcher.ofType(Button.class).and(Matcher.withId(id))));
	}

	public BotButton buttonWithTooltip(String tooltip) {
		return new BotButton((Button) find(Matcher.ofType(Button.class).and(Matcher.withTooltip(tooltip))));
	}

	public BotButton radio(String text) {
		return new BotButton((Button) find(Matcher.ofType(Button.class).and(Matcher.withStyle(SWT.RADIO, "RADIO")) //$NON-NLS-1$
				.and(Matcher.withMnemonic(text))));
	}

	public BotButton checkBox(String text) {
		return new BotButton((Button) find(Matcher.ofType(Button.class).and(Matcher.withStyle(SWT.CHECK, "CHECK")) //$NON-NLS-1$
				.and(Matcher.withMnemonic(text))));
	}

	/** The first text field. */
	public BotText text() {
		return new BotText((Text) find(Matcher.ofType(Text.class)));
	}

	public BotText textWithId(String id) {
		return new BotText((Text) find(Matcher.ofType(Text.class).and(Matcher.withId(id))));
	}

	/** The text field right after the label {@code label}. */
	public BotText textWithLabel(String label) {
		return new BotText((Text) findWithLabel(label, Matcher.ofType(Text.class)));
	}

	public BotLabel label(String text) {
		return new BotLabel((Control) find(Matcher.of("a label", w -> w instanceof Label || w instanceof CLabel) //$NON-NLS-1$
				.and(Matcher.withMnemonic(text))));
	}

	public BotLabel labelWithId(String id) {
		return new BotLabel((Control) find(Matcher.of("a label", w -> w instanceof Label || w instanceof CLabel) //$NON-NLS-1$
				.and(Matcher.withId(id))));
	}

	/** The first table. */
	public BotCombo comboWithId(String id) {
		return new BotCombo((Combo) find(Matcher.ofType(Combo.class).and(Matcher.withId(id))));
	}

	public BotTable table() {
		return new BotTable((Table) find(Matcher.ofType(Table.class)));
	}

	public BotTable tableWithId(String id) {
		return new BotTable((Table) find(Matcher.ofType(Table.class).and(Matcher.withId(id))));
	}

	/** The first tree. */
	public BotTree tree() {
		return new BotTree((Tree) find(Matcher.ofType(Tree.class)));
	}

	public BotTabItem tabItem(String text) {
		return new BotTabItem((Item) find(Matcher.of("a tab", w -> w instanceof TabItem || w instanceof CTabItem) //$NON-NLS-1$
				.and(Matcher.withMnemonic(text))));
	}

	public BotToolbarButton toolbarButtonWithTooltip(String tooltip) {
		return new BotToolbarButton((ToolItem) find(Matcher.ofType(ToolItem.class).and(Matcher.withTooltip(tooltip))));
	}

	/** The item {@code text} of the menu bar of the first searched shell that has one. */
	public BotMenu menu(String text) {
		return new BotMenu(waitFor("menu bar item '" + text + "'", () -> UIThread.syncExec(() -> { //$NON-NLS-1$ //$NON-NLS-2$
			for (Control root : roots.get()) {
				Menu bar = root.getShell().getMenuBar();
				if (bar != null) {
					return BotMenu.find(bar, text);
				}
			}
			throw new WidgetNotFoundException("no menu bar in " + scope); //$NON-NLS-1$
		})));
	}

	/** Every widget matching, in tree order, without waiting. */
	public List<Widget> widgets(Matcher matcher) {
		return UIThread.syncExec(() -> {
			List<Widget> found = new ArrayList<>();
			for (Control root : roots.get()) {
				found.addAll(Finder.findAll(root, matcher));
			}
			return found;
		});
	}

	/** The first widget matching, waiting up to the timeout for it to appear. */
	public Widget widget(Matcher matcher) {
		return find(matcher);
	}

	// ---- waiting

	/** Polls {@code condition} until it holds; fails after {@link #timeout()} with its message. */
	public void waitUntil(ICondition condition) {
		waitUntil(condition, timeout());
	}

	public void waitUntil(ICondition condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Throwable lastError = null;
		while (true) {
			try {
				if (condition.test()) {
					return;
				}
				lastError = null;
			} catch (Exception | AssertionError e) {
				lastError = e;
			}
			if (System.nanoTime() > deadline) {
				throw new TimeoutException("Timed out after " + timeout.toMillis() + " ms waiting for " //$NON-NLS-1$ //$NON-NLS-2$
						+ condition.getFailureMessage() + "; open shells: " + shellTitles(), lastError); //$NON-NLS-1$
			}
			pause();
		}
	}

	/** Presses a key with modifiers on whatever has focus, e.g. {@code pressShortcut(SWT.MOD1, '3')}. */
	public void pressShortcut(int modifiers, int key) {
		Keyboard.pressShortcut(modifiers, key);
	}

	// ---- internals

	private Widget find(Matcher matcher) {
		return waitFor(matcher.toString(), () -> UIThread.syncExec(() -> {
			for (Control root : roots.get()) {
				List<Widget> found = Finder.findAll(root, matcher);
				if (!found.isEmpty()) {
					return found.get(0);
				}
			}
			throw notFound(matcher.toString());
		}));
	}

	private Widget findWithLabel(String label, Matcher matcher) {
		String query = matcher + " with label '" + label + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		return waitFor(query, () -> UIThread.syncExec(() -> {
			for (Control root : roots.get()) {
				List<Widget> found = Finder.findWithLabel(root, label, matcher);
				if (!found.isEmpty()) {
					return found.get(0);
				}
			}
			throw notFound(query);
		}));
	}

	/** Retries {@code lookup} until it returns or the timeout passes; then rethrows its last failure. */
	private <T> T waitFor(String what, Supplier<T> lookup) {
		long deadline = System.nanoTime() + timeout().toNanos();
		while (true) {
			try {
				return lookup.get();
			} catch (WidgetNotFoundException e) {
				if (System.nanoTime() > deadline) {
					throw new WidgetNotFoundException("After " + timeout().toMillis() + " ms: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			pause();
		}
	}

	private WidgetNotFoundException notFound(String query) {
		List<String> seen = new ArrayList<>();
		for (Control root : roots.get()) {
			seen.add("'" + root.getShell().getText() + "': " //$NON-NLS-1$ //$NON-NLS-2$
					+ Finder.describeAll(root, Matcher.of("a widget with text or id", //$NON-NLS-1$
							w -> w.getData(Matcher.WIDGET_KEY) != null || w instanceof Button
									|| w instanceof Label || w instanceof ToolItem || w instanceof TabItem
									|| w instanceof CTabItem)));
		}
		return new WidgetNotFoundException("Could not find a widget " + query + " in " + scope + ". Seen: " + seen); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static List<Shell> visibleShells() {
		Shell active = UIThread.display().getActiveShell();
		List<Shell> shells = new ArrayList<>();
		if (active != null && active.isVisible()) {
			shells.add(active);
		}
		for (Shell shell : UIThread.display().getShells()) {
			if (shell != active && !shell.isDisposed() && shell.isVisible()) {
				shells.add(shell);
			}
		}
		return shells;
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", e); //$NON-NLS-1$
		}
	}
}
