package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.store.IssueStatus;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.serials.store.Subscription;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.serials.SerialsUiIds;
import org.techserv.store.StoreException;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.BotView;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/**
 * The Serials Check-in view by keyboard: Enter in the barcode field receives the chosen issue as a new item, M
 * marks one missing, a used barcode is refused in the status line with nothing saved; then the Serial Claims view
 * claims what is late and writes the letters.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SerialsCheckInUITest {

	private final WorkbenchBot bot = new WorkbenchBot();

	@TempDir
	Path folder;
	private SerialsStore serials;
	private LibraryStore store;
	private String vendor;
	private List<SerialIssue> issues;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		bot.switchPerspective(LibraryUiIds.PERSPECTIVE);
		store = UIThread.syncExec(Services::store);
		OperaRecords.importUnlessPresent(store, "Verdi arias III");
		long record = store.catalogue().ids("Verdi arias III")[0];
		serials = new SerialsStore(store.database());
		vendor = "Vendor " + System.nanoTime();
		// monthly on the 1st from three months back: two issues long late, one late or due, the rest to come
		LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(3);
		String pattern = PatternText.write(PredictionPattern.builder(Frequency.MONTHLY, first)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 12, Numbering.RESTART, 1).build());
		Subscription subscription = serials.subscriptions()
				.save(new Subscription(0, 0, record, null, vendor, first, null, pattern, 5, 30, "Periodicals"));
		serials.subscriptions().predict(subscription.id(), LocalDate.now().plusYears(1));
		issues = serials.checkIn().ofSubscription(subscription.id());
	}

	@Test
	void issuesAreReceivedAndMarkedByKeyboardAndLateOnesClaimed() throws Exception {
		BotView view = bot.openView(SerialsUiIds.CHECK_IN_VIEW);
		Bot inView = view.bot();
		BotTable due = inView.tableWithId(SerialsUiIds.KEY_DUE);
		inView.button("Refresh").click();
		bot.waitUntil(Conditions.that("the prediction done and counted",
				() -> inView.labelWithId(SerialsUiIds.KEY_STATUS).getText().contains("expected or late today")));
		bot.waitUntil(Conditions.that("the subscription's issues listed", () -> row(due, issues.get(0)) >= 0));

		// receive the first issue with a scanned barcode: Enter in the barcode field
		String barcode = "S" + (System.nanoTime() % 1_000_000_000L);
		due.select(row(due, issues.get(0)));
		inView.textWithId(SerialsUiIds.KEY_BARCODE).setText(barcode);
		inView.textWithId(SerialsUiIds.KEY_BARCODE).pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the first issue received as an item",
				() -> status(issues.get(0)) == IssueStatus.RECEIVED && item(barcode)));
		assertEquals(-1, row(due, issues.get(0)), "a received issue leaves the list");
		assertTrue(inView.labelWithId(SerialsUiIds.KEY_STATUS).getText().contains(barcode));

		// M marks the chosen issue missing
		due.select(row(due, issues.get(1)));
		due.pressShortcut(SWT.NONE, 'm');
		bot.waitUntil(Conditions.that("the second issue missing", () -> status(issues.get(1)) == IssueStatus.MISSING));

		// the same barcode again is refused, loudly, and nothing changes
		due.select(row(due, issues.get(2)));
		inView.textWithId(SerialsUiIds.KEY_BARCODE).setText(barcode);
		inView.textWithId(SerialsUiIds.KEY_BARCODE).pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the used barcode named in the status line",
				() -> inView.labelWithId(SerialsUiIds.KEY_STATUS).getText().contains(barcode + " is already used")));
		assertTrue(status(issues.get(2)).open(), "nothing saved half-way");

		// the third issue is more than five days late: the claims view lists it, checked; confirming writes the letter
		BotView claimsView = bot.openView(SerialsUiIds.CLAIMS_VIEW);
		Bot inClaims = claimsView.bot();
		BotTable claims = inClaims.tableWithId(SerialsUiIds.KEY_CLAIMS);
		bot.waitUntil(Conditions.that("the late issue offered for a claim", () -> claims.containsItem(vendor)));
		Path letters = folder.resolve("claims.pdf");
		inClaims.textWithId(SerialsUiIds.KEY_CLAIM_FILE).setText(letters.toString());
		inClaims.buttonWithId(SerialsUiIds.KEY_CLAIM_CONFIRM).click();
		bot.waitUntil(Conditions.that("the claim letters", () -> Files.exists(letters)));
		assertEquals(IssueStatus.CLAIMED, status(issues.get(2)));
		assertEquals(1, serials.checkIn().load(issues.get(2).id()).claimCount());
		try (PDDocument document = Loader.loadPDF(letters.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains(vendor), text);
			assertTrue(text.contains(issues.get(2).label()), text);
		}
	}

	private IssueStatus status(SerialIssue issue) {
		try {
			return serials.checkIn().load(issue.id()).status();
		} catch (StoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private boolean item(String barcode) {
		try {
			return store.items().byBarcode(barcode) != null;
		} catch (StoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The row showing the issue (its label and this test's vendor), or -1. */
	private int row(BotTable table, SerialIssue issue) {
		for (int i = 0; i < table.rowCount(); i++) {
			if (table.cell(i, 1).equals(issue.label()) && table.cell(i, 4).equals(vendor)) {
				return i;
			}
		}
		return -1;
	}
}
