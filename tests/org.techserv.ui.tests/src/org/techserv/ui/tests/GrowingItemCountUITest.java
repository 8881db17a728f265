package org.techserv.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

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
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.ui.viewers.GrowingItemCount;

/**
 * A virtual table given a long list shows its first rows at once and grows to the whole list over the next UI
 * turns; a shorter list given meanwhile wins; a short list is set at once.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GrowingItemCountUITest {

	private static final int LONG = 300_000;
	private Shell shell;
	private TableViewer viewer;
	private GrowingItemCount count;

	@BeforeEach
	void open() {
		UIThread.syncExec(() -> {
			shell = new Shell(UIThread.display(), SWT.SHELL_TRIM);
			shell.setText("Growing list");
			shell.setLayout(new FillLayout());
			viewer = new TableViewer(shell, SWT.VIRTUAL | SWT.BORDER);
			new TableColumn(viewer.getTable(), SWT.NONE).setWidth(200);
			viewer.setContentProvider(new IndexRows(viewer));
			count = new GrowingItemCount(viewer);
			shell.setSize(400, 300);
			shell.open();
		});
	}

	@AfterEach
	void close() {
		UIThread.syncExec(() -> shell.dispose());
	}

	@Test
	void aLongListShowsItsFirstRowsAtOnceAndGrowsToTheWholeList() {
		int atOnce = UIThread.syncExec(() -> {
			count.set(LONG);
			return viewer.getTable().getItemCount();
		});
		assertTrue(atOnce > 0 && atOnce < LONG, "rows set at once: " + atOnce);
		assertEquals(LONG, UIThread.syncExec(count::target));
		Bot bot = new Bot();
		bot.waitUntil(Conditions.that("the first row to show its text",
				() -> UIThread.syncExec(() -> "row 0".equals(viewer.getTable().getItem(0).getText()))));
		bot.waitUntil(Conditions.that("the table to have every row", () -> UIThread.syncExec(count::complete)),
				Duration.ofMinutes(2));
		Table table = viewer.getTable();
		assertEquals(LONG, UIThread.syncExec(table::getItemCount));
		UIThread.syncExec(() -> table.showItem(table.getItem(LONG - 1)));
		bot.waitUntil(Conditions.that("the last row to show its text",
				() -> UIThread.syncExec(() -> ("row " + (LONG - 1)).equals(table.getItem(LONG - 1).getText()))));
	}

	@Test
	void aShorterListGivenWhileTheLongOneGrowsWins() {
		UIThread.syncExec(() -> {
			count.set(LONG);
			count.set(50);
		});
		UIThread.flush();
		UIThread.flush();
		assertEquals(50, UIThread.syncExec(viewer.getTable()::getItemCount));
		assertTrue(UIThread.syncExec(count::complete));
	}

	@Test
	void aShortListIsSetAtOnce() {
		assertEquals(120, UIThread.syncExec(() -> {
			count.set(120);
			return viewer.getTable().getItemCount();
		}));
		assertTrue(UIThread.syncExec(count::complete));
	}
}
