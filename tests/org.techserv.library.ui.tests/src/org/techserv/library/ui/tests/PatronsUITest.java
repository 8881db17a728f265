package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.Patron;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.circulation.CirculationPerspective;
import org.techserv.library.ui.internal.circulation.PatronDialog;
import org.techserv.library.ui.internal.circulation.PatronsView;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotShell;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.Keyboard;
import org.techserv.test.swt.Matcher;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/** The Patrons view in the real workbench: found by typing, edited in the dialog, refusals shown in it. */
@ExtendWith(ScreenshotOnFailure.class)
class PatronsUITest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private LibraryStore store;
	private String run;
	private String card;
	private Bot view;
	private BotTable table;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		bot.switchPerspective(CirculationPerspective.ID);
		store = UIThread.syncExec(Services::store);
		run = String.valueOf(System.nanoTime() % 1_000_000_000L);
		card = "P" + run;
		PatronCards.save("Rahayu", "Kartika" + run, card);
		var patrons = bot.viewById(PatronsView.ID);
		patrons.show();
		view = patrons.bot();
		table = view.tableWithId(PatronsView.KEY_TABLE);
	}

	@Test
	void typingPartOfTheNameFindsThePatronAndEnterOpensThemToBlockTheCard() throws Exception {
		view.textWithId(PatronsView.KEY_SEARCH).typeText("kartika" + run);
		bot.waitUntil(Conditions.that("only Rahayu Kartika" + run + " listed",
				() -> table.rowCount() == 1 && table.cell(0, "Patron").equals("Rahayu Kartika" + run)));
		Keyboard.typeText("\n");

		BotShell dialog = bot.shell("Patron");
		Bot form = dialog.bot();
		assertEquals(card, form.textWithId(PatronDialog.KEY_CARD).getText());
		form.checkBox("Blocked: this card may not borrow").click();
		form.textWithId(PatronDialog.KEY_REASON).setText("Lost card reported by phone");
		form.button("Save").click();
		bot.waitUntil(Conditions.shellCloses(dialog));

		bot.waitUntil(Conditions.valueIs("the block in the list", "Blocked: Lost card reported by phone",
				() -> table.cell(0, "Blocked")));
		Patron stored = new Circulation(store.database()).findPatron(card);
		assertTrue(stored.blocked());
		assertEquals("Lost card reported by phone", stored.blockReason());
	}

	@Test
	void aNewPatronWithACardInUseIsRefusedInTheDialogThenSavedWithItsOwnCard() throws Exception {
		view.buttonWithId(PatronsView.KEY_NEW).click();
		BotShell dialog = bot.shell("New Patron");
		Bot form = dialog.bot();
		form.textWithId(PatronDialog.KEY_GIVEN).setText("Agus");
		form.textWithId(PatronDialog.KEY_FAMILY).setText("Wibowo" + run);
		form.textWithId(PatronDialog.KEY_CARD).setText(card);
		form.button("Save").click();

		String refusal = "The card " + card + " already belongs to Rahayu Kartika" + run + ".";
		bot.waitUntil(Conditions.that("the refusal shown in the dialog", () -> !form.widgets(Matcher.of(refusal,
				w -> w instanceof Text t && t.getText().contains(refusal)
						|| w instanceof Label l && l.getText().contains(refusal))).isEmpty()));
		assertTrue(dialog.isActive(), "the dialog stays open to put it right");
		assertEquals(null, new Circulation(store.database()).findPatron("Q" + run), "nothing stored");

		form.textWithId(PatronDialog.KEY_CARD).setText("Q" + run);
		form.button("Save").click();
		bot.waitUntil(Conditions.shellCloses(dialog));

		Patron agus = new Circulation(store.database()).findPatron("Q" + run);
		assertEquals("Agus Wibowo" + run, agus.name(), "the desk finds the new card");
		bot.waitUntil(Conditions.valueIs("the new patron listed and chosen", "Q" + run, () -> table.cell(0, "Card")));
	}

	@Test
	void ctrlZInTheDialogTakesBackAnEditBeforeItIsSaved() throws Exception {
		view.textWithId(PatronsView.KEY_SEARCH).typeText(card + "\n");
		BotShell dialog = bot.shell("Patron");
		Bot form = dialog.bot();
		form.textWithId(PatronDialog.KEY_FAMILY).typeText("Changed\t");
		bot.waitUntil(Conditions.valueIs("the typed name", "Changed",
				() -> form.textWithId(PatronDialog.KEY_FAMILY).getText()));
		bot.pressShortcut(SWT.MOD1, 'z');
		bot.waitUntil(Conditions.valueIs("the name as it was", "Kartika" + run,
				() -> form.textWithId(PatronDialog.KEY_FAMILY).getText()));
		dialog.close();
		bot.waitUntil(Conditions.shellCloses(dialog));
		assertFalse(new Circulation(store.database()).findPatron(card).name().contains("Changed"),
				"cancelled: nothing stored");
	}
}
