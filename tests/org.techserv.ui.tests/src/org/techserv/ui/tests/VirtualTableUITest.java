package org.techserv.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.Matcher;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.ui.viewers.VirtualTable;

/**
 * A long list cut to a few rows (a search narrowing a large catalogue) shows them at once in another table that
 * keeps the user's column widths, its selection listeners and its widget key, and the long list comes back at once
 * (the search cleared); a list cut by a few rows keeps its table and selection. (GTK removes rows one by one:
 * before, cutting 300 000 rows to 100 kept the window from answering for seconds.)
 */
@ExtendWith(ScreenshotOnFailure.class)
class VirtualTableUITest {

	private static final int LONG = 300_000;
	private static final String KEY = "virtual.table"; //$NON-NLS-1$
	private Shell shell;
	private VirtualTable table;
	private final List<ISelection> selections = new CopyOnWriteArrayList<>();

	@BeforeEach
	void open() {
		UIThread.syncExec(() -> {
			shell = new Shell(UIThread.display(), SWT.SHELL_TRIM);
			shell.setText("Virtual table");
			shell.setLayout(new FillLayout());
			table = new VirtualTable(shell, SWT.BORDER | SWT.FULL_SELECTION, VirtualTableUITest::build);
			table.addSelectionChangedListener(e -> selections.add(e.getSelection()));
			shell.setSize(400, 300);
			shell.open();
		});
	}

	private static void build(TableViewer viewer) {
		viewer.getTable().setData(Matcher.WIDGET_KEY, KEY);
		new TableColumn(viewer.getTable(), SWT.NONE).setWidth(200);
		viewer.setContentProvider(new IndexRows(viewer));
	}

	@AfterEach
	void close() {
		UIThread.syncExec(() -> shell.dispose());
	}

	@Test
	void aLongListCutToAFewRowsShowsThemInAFreshTableThatKeepsColumnsAndListeners() {
		Bot bot = new Bot();
		UIThread.syncExec(() -> table.showRows(LONG));
		bot.waitUntil(Conditions.that("the table to have every row", () -> UIThread.syncExec(table::complete)),
				Duration.ofMinutes(2));
		Table before = UIThread.syncExec(table::table);
		UIThread.syncExec(() -> before.getColumn(0).setWidth(321)); // the user widened the column
		new BotTable(before).select(7);
		assertEquals("row 7", selected(selections.getLast()));

		UIThread.syncExec(() -> table.showRows(100));

		Table after = UIThread.syncExec(table::table);
		assertNotSame(before, after);
		assertFalse(UIThread.syncExec(before::isVisible), "the long list's table is kept hidden");
		assertEquals(100, UIThread.syncExec(after::getItemCount));
		assertEquals(321, UIThread.syncExec(() -> after.getColumn(0).getWidth()));
		assertEquals(KEY, UIThread.syncExec(() -> after.getData(Matcher.WIDGET_KEY)));
		assertTrue(selections.getLast().isEmpty(), "the selection went with its row: " + selections.getLast());
		bot.waitUntil(Conditions.that("the last row to show its text",
				() -> UIThread.syncExec(() -> "row 99".equals(after.getItem(99).getText()))));
		new BotTable(after).select(42);
		assertEquals("row 42", selected(selections.getLast()));
		assertEquals("row 42", selected(UIThread.syncExec(table::getSelection)));

		// the search cleared: the long list is back at once, in its own table, its rows asked for again
		UIThread.syncExec(() -> table.showRows(LONG));
		assertSame(before, UIThread.syncExec(table::table));
		assertTrue(UIThread.syncExec(before::isVisible));
		assertEquals(LONG, UIThread.syncExec(before::getItemCount));
		assertTrue(UIThread.syncExec(table::complete));
		assertEquals(321, UIThread.syncExec(() -> before.getColumn(0).getWidth()));
		assertTrue(UIThread.syncExec(table::getSelection).isEmpty());
		assertFalse(UIThread.syncExec(after::isVisible));
	}

	@Test
	void aListCutByAFewRowsKeepsItsTableAndSelection() {
		UIThread.syncExec(() -> table.showRows(1_500));
		Table before = UIThread.syncExec(table::table);
		new BotTable(before).select(3);

		UIThread.syncExec(() -> table.showRows(1_000));

		assertSame(before, UIThread.syncExec(table::table));
		assertEquals(1_000, UIThread.syncExec(before::getItemCount));
		assertEquals("row 3", selected(UIThread.syncExec(table::getSelection)));
	}

	private static Object selected(ISelection selection) {
		return ((IStructuredSelection) selection).getFirstElement();
	}
}
