package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.circulation.CirculationDeskView;
import org.techserv.library.ui.internal.circulation.CirculationPerspective;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotLabel;
import org.techserv.test.swt.BotText;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.Keyboard;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/**
 * The circulation desk in the real workbench, driven as a barcode scanner would: the barcode typed key by key
 * and Enter, into whatever has the focus.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CirculationDeskUITest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private LibraryStore store;
	private String card;
	private String available;
	private String withdrawn;
	private Bot desk;
	private BotText field;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		bot.switchPerspective(CirculationPerspective.ID);
		store = UIThread.syncExec(Services::store);
		String run = String.valueOf(System.nanoTime() % 1_000_000_000L);
		card = "P" + run;
		available = "31" + run;
		withdrawn = "32" + run;
		BibliographicRecord record = TitledRecords.save(store, "The dispossessed");
		TitledRecords.copy(store, record, available, 1, ItemStatus.AVAILABLE);
		TitledRecords.copy(store, record, withdrawn, 2, ItemStatus.WITHDRAWN);
		PatronCards.save("Aiyana", "Brooks", card);

		var view = bot.viewById(CirculationDeskView.ID);
		view.show();
		desk = view.bot();
		field = desk.textWithId(CirculationDeskView.KEY_BARCODE);
		bot.waitUntil(Conditions.that("the focus in the barcode field", this::barcodeHasFocus));
		// the view outlives a test: the next patron, in check-out mode
		bot.pressShortcut(SWT.NONE, SWT.ESC);
		bot.pressShortcut(SWT.NONE, SWT.F2);
		bot.waitUntil(Conditions.valueIs("the mode", "CHECK OUT",
				() -> desk.labelWithId(CirculationDeskView.KEY_MODE).getText()));
		bot.waitUntil(Conditions.valueIs("the patron", "No patron at the desk",
				() -> desk.labelWithId(CirculationDeskView.KEY_PATRON).getText()));
	}

	@Test
	void scanningAPatronCardThenACopyChecksTheCopyOutToThem() throws Exception {
		scan(card);
		waitForBanner("Aiyana Brooks (" + card + "): 0 on loan");
		assertEquals("CHECK OUT", desk.labelWithId(CirculationDeskView.KEY_MODE).getText());

		scan(available);
		waitForBanner("Checked out: The dispossessed (" + available + ") to Aiyana Brooks, due");

		assertEquals(ItemStatus.ON_LOAN, store.items().byBarcode(available).getStatus());
		assertTrue(desk.labelWithId(CirculationDeskView.KEY_PATRON).getText().contains("1 on loan"));
		assertReadyForTheNextScan(available);

		bot.pressShortcut(SWT.NONE, SWT.F3);
		bot.waitUntil(Conditions.valueIs("the mode", "CHECK IN",
				() -> desk.labelWithId(CirculationDeskView.KEY_MODE).getText()));
		scan(available);
		waitForBanner("Returned: The dispossessed (" + available + ").");
		assertEquals(ItemStatus.AVAILABLE, store.items().byBarcode(available).getStatus());
		assertTrue(desk.labelWithId(CirculationDeskView.KEY_PATRON).getText().contains("0 on loan"));
	}

	@Test
	void scanningAWithdrawnCopyShowsTheErrorInRedAndKeepsTheFocusForTheNextScan() throws Exception {
		scan(card);
		waitForBanner("Aiyana Brooks");

		scan(withdrawn);
		waitForBanner("Copy " + withdrawn + " cannot be checked out: it is withdrawn.");

		BotLabel banner = desk.labelWithId(CirculationDeskView.KEY_BANNER);
		bot.waitUntil(Conditions.that("a red banner on the screen", () -> {
			RGB shown = pixel(banner);
			return shown.red > 150 && shown.green < 80 && shown.blue < 80;
		}));
		assertEquals(ItemStatus.WITHDRAWN, store.items().byBarcode(withdrawn).getStatus());
		assertEquals(0, new Circulation(store.database()).findPatron(card).loans());
		assertReadyForTheNextScan(withdrawn);

		scan(available); // the next scan replaces the selected barcode and acts
		waitForBanner("Checked out: The dispossessed (" + available + ")");
	}

	/** Types into whatever has the focus, as a scanner does. */
	private void scan(String barcode) {
		assertTrue(barcodeHasFocus(), "the barcode field has the focus before the scan");
		Keyboard.typeText(barcode + "\n");
	}

	private void waitForBanner(String start) {
		BotLabel banner = desk.labelWithId(CirculationDeskView.KEY_BANNER);
		bot.waitUntil(Conditions.that("the banner saying '" + start + "...' (it says '" + banner.getText() + "')",
				() -> banner.getText().startsWith(start)));
	}

	private void assertReadyForTheNextScan(String scanned) {
		assertTrue(barcodeHasFocus(), "the focus stays in the barcode field");
		Text text = field.widget;
		assertEquals(scanned, UIThread.syncExec(() -> text.getSelectionText()), "the scan is selected, to be replaced");
	}

	/** The colour on the screen just inside the control's top left corner. */
	private static RGB pixel(BotLabel control) {
		return UIThread.syncExec(() -> {
			Image image = new Image(control.widget.getDisplay(), 4, 4);
			GC gc = new GC(control.widget);
			try {
				gc.copyArea(image, 0, 0);
				ImageData data = image.getImageData();
				return data.palette.getRGB(data.getPixel(2, 2));
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	private boolean barcodeHasFocus() {
		return UIThread.syncExec(() -> UIThread.display().getFocusControl() == field.widget);
	}

}
