package org.techserv.test.swt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.BotText;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.TimeoutException;
import org.techserv.test.swt.WidgetNotFoundException;

/** The driver against a real shell inside the running workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class BotTest {

	private SampleShell sample;
	private Bot bot;

	@BeforeEach
	void openSample() {
		sample = SampleShell.open();
		bot = new Bot().shell(SampleShell.TITLE).activate().bot();
	}

	@AfterEach
	void closeSample() {
		sample.close();
	}

	@Test
	void typesRealKeysIntoTheFieldNamedByItsLabel() {
		BotText name = bot.textWithLabel("Name:");
		assertEquals("sample.name", name.getId());

		name.typeText("Ada Lovelace, 1843: Note G!");

		bot.waitUntil(Conditions.valueIs("the name field", "Ada Lovelace, 1843: Note G!", name::getText));
	}

	@Test
	void pressesKeyBindingsOnTheFocusedControl() {
		bot.textWithId("sample.name").pressShortcut(SWT.CTRL, 'k');

		bot.waitUntil(Conditions.that("Ctrl+K to reach the field", () -> sample.saw("key:ctrl+k")));
	}

	@Test
	void clicksButtonsMenusAndToolItems() {
		bot.button("Count").click();
		bot.menu("File").menu("Greet").click();
		bot.toolbarButtonWithTooltip("Refresh the list").click();

		bot.waitUntil(Conditions.that("the button, menu item and tool item to run",
				() -> sample.saw("button:count") && sample.saw("menu:greet") && sample.saw("tool:refresh")));
	}

	@Test
	void refusesToClickADisabledButton() {
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> bot.button("Disabled").click());
		assertTrue(refused.getMessage().contains("Disabled"), refused.getMessage());
	}

	@Test
	void readsSelectsAndOpensTableRows() {
		BotTable table = bot.tableWithId("sample.table");
		assertEquals(List.of("Barcode", "Title"), table.columns());
		assertEquals(3, table.rowCount());
		assertEquals("Aida", table.cell(1, "Title"));
		assertEquals(2, table.indexOf("31000003", 0));

		table.select(2);
		table.doubleClick(1);

		assertEquals(1, table.selectionIndex());
		bot.waitUntil(Conditions.that("select and open events", () -> sample.saw("select:2") && sample.saw("open:1")));
	}

	@Test
	void waitingForSomethingThatNeverHappensFailsWithTheExpectation() {
		long start = System.nanoTime();
		TimeoutException timeout = assertThrows(TimeoutException.class,
				() -> bot.waitUntil(Conditions.that("the moon to turn blue", () -> false), Duration.ofMillis(400)));
		long elapsedMs = (System.nanoTime() - start) / 1_000_000;

		assertTrue(elapsedMs >= 400, "waited the whole timeout, not less: " + elapsedMs);
		assertTrue(timeout.getMessage().contains("the moon to turn blue"), timeout.getMessage());
		assertTrue(timeout.getMessage().contains("400 ms"), timeout.getMessage());
		assertTrue(timeout.getMessage().contains(SampleShell.TITLE), "names the open shells: " + timeout.getMessage());
	}

	@Test
	void aMissingWidgetIsReportedWithWhatWasThere() {
		WidgetNotFoundException missing = assertThrows(WidgetNotFoundException.class,
				() -> bot.withTimeout(Duration.ofMillis(300)).button("Launch rocket"));

		String message = missing.getMessage();
		assertTrue(message.contains("'Launch rocket'"), message);
		assertTrue(message.contains("shell '" + SampleShell.TITLE + "'"), message);
		assertTrue(message.contains("Button \"&Count\""), "lists the buttons that were there: " + message);
		assertFalse(sample.saw("button:count"));
	}
}
