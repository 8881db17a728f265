package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.CataloguingTask;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.TaskKind;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.serials.store.Subscription;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.CatalogRecordEditor;
import org.techserv.library.ui.internal.serials.SerialsUiIds;
import org.techserv.library.ui.internal.work.MarcViewPage;
import org.techserv.model.core.Priority;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;
import org.techserv.ui.work.MyWorkIds;
import org.techserv.workbench.WorkbenchIds;

/**
 * Cataloguing tasks in My Work: nobody's tasks due by today are listed for everyone, the overdue one first; Enter
 * opens the task's record, whose MARC View page shows it as ISO 2709 and MARCXML.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MyWorkUITest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
	private LibraryStore store;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		bot.switchPerspective(WorkbenchIds.HOME_PERSPECTIVE);
		store = UIThread.syncExec(Services::store);
		OperaRecords.importUnlessPresent(store, "patria mia");
	}

	@Test
	void tasksDueByTodayAreListedAndEnterOpensTheRecordWithItsMarcView() throws Exception {
		LocalDate today = LocalDate.now();
		BibliographicRecord aida = store.records().load(store.catalogue().ids("patria mia")[0]);
		CataloguingTask review = store.tasks().save(task("CT-" + run + "-R", "Review Aïda", aida, today, Priority.HIGH));
		CataloguingTask overdue = store.tasks()
				.save(task("CT-" + run + "-O", "Catalogue Aïda's libretto", aida, today.minusDays(2), Priority.LOW));
		CataloguingTask later = store.tasks()
				.save(task("CT-" + run + "-L", "Not yet", aida, today.plusDays(5), Priority.URGENT));

		var view = bot.openView(MyWorkIds.VIEW);
		BotTable work = view.bot().tableWithId(MyWorkIds.KEY_TABLE);
		view.show();
		work.pressShortcut(0, SWT.F5); // the tasks were saved after the view listed the work
		List<String> mine = List.of(overdue.getNumber(), review.getNumber(), later.getNumber());
		bot.waitUntil(
				Conditions.that("the two tasks due by today", () -> work.cellsAmong("Number", mine).size() == 2));

		assertEquals(List.of(overdue.getNumber(), review.getNumber()), work.cellsAmong("Number", mine),
				"the overdue task first; the one due in five days, nobody's, is not today's work");
		int row = work.indexOf(review.getNumber(), 3);
		assertEquals("Cataloguing task", work.cell(row, "Kind"));
		assertEquals("today", work.cell(row, "Due"));
		assertEquals("High", work.cell(row, "Priority"));

		work.select(row);
		work.pressShortcut(0, SWT.CR);
		long id = aida.getId();
		bot.waitUntil(Conditions.that("the task's record in its editor", () -> openRecord() == id));

		bot.tabItem("MARC View").activate();
		var iso = bot.textWithId(MarcViewPage.KEY_ISO2709);
		var xml = bot.textWithId(MarcViewPage.KEY_MARCXML);
		bot.waitUntil(Conditions.that("the record in ISO 2709", () -> !iso.getText().isEmpty()));
		assertTrue(iso.getText().startsWith(aida.getLeader().substring(5, 9), 5), iso.getText());
		assertTrue(iso.getText().contains("\n245 "), "a directory entry a line: " + iso.getText());
		assertTrue(iso.getText().contains("\u2021a"), "subfield delimiters shown");
		assertTrue(xml.getText().contains("tag=\"245\""), xml.getText());
		assertTrue(xml.getText().contains("patria mia"), xml.getText());
	}

	@Test
	void serialClaimsDueAreListedByVendorAndEnterOpensTheClaimsView() throws Exception {
		SerialsStore serials = new SerialsStore(store.database());
		String vendor = "Vendor " + run;
		// monthly on the 1st from three months back, five days of grace: the oldest issues are to be claimed
		LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(3);
		String pattern = PatternText.write(PredictionPattern.builder(Frequency.MONTHLY, first)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 12, Numbering.RESTART, 1).build());
		long record = store.catalogue().ids("patria mia")[0];
		Subscription subscription = serials.subscriptions()
				.save(new Subscription(0, 0, record, null, vendor, first, null, pattern, 5, 30, "Periodicals"));
		serials.subscriptions().predict(subscription.id(), LocalDate.now().plusMonths(1));
		int claimable = serials.claims().review(LocalDate.now()).get(vendor).size();
		assertTrue(claimable >= 2, "at least the two oldest issues are late");

		var view = bot.openView(MyWorkIds.VIEW);
		BotTable work = view.bot().tableWithId(MyWorkIds.KEY_TABLE);
		view.show();
		work.pressShortcut(0, SWT.F5);
		String title = vendor + ": " + claimable + " issue(s) to claim";
		bot.waitUntil(Conditions.that("the vendor's claims", () -> work.indexOf(title, 4) >= 0));
		int row = work.indexOf(title, 4);
		assertEquals("Serial claims", work.cell(row, "Kind"));
		assertEquals("today", work.cell(row, "Due"));

		work.select(row);
		work.pressShortcut(0, SWT.CR);
		bot.waitUntil(Conditions.that("the Serial Claims view in front", () -> UIThread.syncExec(
				() -> WorkbenchBot.page().getActivePart() != null && SerialsUiIds.CLAIMS_VIEW
						.equals(WorkbenchBot.page().getActivePart().getSite().getId()))));
	}

	private static CataloguingTask task(String number, String title, BibliographicRecord record, LocalDate due,
			Priority priority) {
		CataloguingTask task = LibraryFactory.eINSTANCE.createCataloguingTask();
		task.setNumber(number);
		task.setTitle(title);
		task.setRecord(record);
		task.setKind(TaskKind.REVIEW);
		task.setStatus("OPEN");
		task.setDueDate(due);
		task.setPriority(priority);
		return task;
	}

	private long openRecord() {
		return UIThread.syncExec(() -> {
			IEditorPart editor = WorkbenchBot.page().getActiveEditor();
			return editor instanceof CatalogRecordEditor record ? record.record().getId() : -1L;
		});
	}
}
