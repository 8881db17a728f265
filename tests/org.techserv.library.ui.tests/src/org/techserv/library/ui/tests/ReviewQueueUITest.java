package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.library.store.review.NewStaff;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.store.review.Review;
import org.techserv.library.store.review.ReviewStatus;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.RecordEditorInput;
import org.techserv.library.ui.internal.editor.CatalogRecordEditor;
import org.techserv.library.ui.internal.review.ReviewQueueView;
import org.techserv.library.ui.internal.review.ReviewUiIds;
import org.techserv.library.ui.internal.views.CatalogueView;
import org.techserv.model.core.Person;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.store.PartyRepository;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.BotView;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;
import org.techserv.ui.work.MyWorkIds;
import org.techserv.work.CurrentStaff;
import org.techserv.workbench.WorkbenchIds;

/**
 * The Review Queue as a librarian and as a technician works it: the librarian approves with Ctrl+Enter and returns
 * with a comment (Ctrl+Backspace), a return without one and a technician's approval are refused by the store and
 * change nothing; Enter opens the record with its review in the header; the returned record is in the technician's
 * My Work with the comment.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReviewQueueUITest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
	private LibraryStore store;
	private Reviews reviews;
	private long technician;
	private long librarian;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		bot.switchPerspective(WorkbenchIds.HOME_PERSPECTIVE);
		store = UIThread.syncExec(Services::store);
		reviews = new Reviews(store.database());
		technician = staff("Rina", "Sari " + run, "RT-" + run, StaffFunction.TECHNICIAN);
		librarian = staff("Lukas", "Hartono " + run, "RL-" + run, StaffFunction.LIBRARIAN);
	}

	@AfterEach
	void forgetWhoIAm() {
		CurrentStaff.choose(0); // the other tests work as nobody in particular
	}

	@Test
	void theLibrarianApprovesAndReturnsWithACommentAndATechnicianIsRefused() throws Exception {
		BibliographicRecord first = TitledRecords.save(store, "Review first " + run);
		BibliographicRecord second = TitledRecords.save(store, "Review second " + run);
		Review approving = reviews.submitRecord(first.getId(), technician);
		Review returning = reviews.submitRecord(second.getId(), technician);

		CurrentStaff.choose(technician);
		BotView view = bot.openView(ReviewUiIds.VIEW);
		BotTable queue = view.bot().tableWithId(ReviewUiIds.KEY_TABLE);
		queue.pressShortcut(0, SWT.F5);
		bot.waitUntil(Conditions.that("both submissions listed", () -> row(queue, first) >= 0 && row(queue, second) >= 0));
		assertTrue(view.bot().labelWithId(ReviewUiIds.KEY_WHO).getText().contains("only a librarian"),
				view.bot().labelWithId(ReviewUiIds.KEY_WHO).getText());
		assertEquals("Sari " + run + ", Rina", queue.cell(row(queue, first), "Submitted by"));

		queue.select(row(queue, first));
		view.bot().buttonWithId(ReviewUiIds.KEY_APPROVE).click();
		bot.waitUntil(Conditions.that("the technician refused",
				() -> status(view).startsWith("Sari " + run + ", Rina may not approve record " + first.getId())));
		assertEquals(ReviewStatus.PENDING, reviews.review(approving.id()).status(), "nothing changed");

		CurrentStaff.choose(librarian);
		queue.pressShortcut(0, SWT.F5);
		bot.waitUntil(Conditions.that("reviewing as the librarian",
				() -> view.bot().labelWithId(ReviewUiIds.KEY_WHO).getText().startsWith("Reviewing as Hartono " + run)));
		queue.select(row(queue, first));
		queue.pressShortcut(SWT.MOD1, SWT.CR);
		bot.waitUntil(Conditions.that("approved", () -> statusOf(approving) == ReviewStatus.APPROVED));
		bot.waitUntil(Conditions.that("gone from the queue", () -> row(queue, first) < 0));
		assertTrue(status(view).startsWith("Approved record " + first.getId()), status(view));

		queue.select(row(queue, second));
		view.bot().buttonWithId(ReviewUiIds.KEY_RETURN).click();
		bot.waitUntil(Conditions.that("a return without a comment refused",
				() -> status(view).contains("cannot return record " + second.getId() + " ")));
		assertEquals(ReviewStatus.PENDING, reviews.review(returning.id()).status());

		view.bot().textWithId(ReviewUiIds.KEY_COMMENT).setText("Add the 650 subject headings.");
		queue.select(row(queue, second));
		queue.pressShortcut(SWT.MOD1, SWT.BS);
		bot.waitUntil(Conditions.that("returned", () -> statusOf(returning) == ReviewStatus.RETURNED));
		assertEquals("Add the 650 subject headings.", reviews.review(returning.id()).comment());
		assertEquals("Hartono " + run + ", Lukas", reviews.review(returning.id()).decidedByName());

		CurrentStaff.choose(technician);
		BotView myWork = bot.openView(MyWorkIds.VIEW);
		BotTable work = myWork.bot().tableWithId(MyWorkIds.KEY_TABLE);
		myWork.show();
		work.pressShortcut(0, SWT.F5);
		String returned = "record " + second.getId() + " \u201cReview second " + run + "\u201d, returned by Hartono " + run
				+ ", Lukas: Add the 650 subject headings.";
		bot.waitUntil(Conditions.that("returned to the technician in My Work", () -> work.indexOf(returned, 4) >= 0));
		assertEquals("Returned to you", work.cell(work.indexOf(returned, 4), "Kind"));
	}

	@Test
	void enterOpensTheRecordWithItsReviewInTheEditorsHeader() throws Exception {
		BibliographicRecord record = TitledRecords.save(store, "Review opened " + run);
		reviews.submitRecord(record.getId(), technician);
		CurrentStaff.choose(librarian);

		BotView view = bot.openView(ReviewUiIds.VIEW);
		BotTable queue = view.bot().tableWithId(ReviewUiIds.KEY_TABLE);
		queue.pressShortcut(0, SWT.F5);
		bot.waitUntil(Conditions.that("the submission listed", () -> row(queue, record) >= 0));
		queue.select(row(queue, record));
		queue.pressShortcut(0, SWT.CR);

		bot.waitUntil(Conditions.that("the record in its editor", () -> openRecord() == record.getId()));
		String notice = UIThread.syncExec(() -> ((CatalogRecordEditor) WorkbenchBot.page().getActiveEditor()).notice());
		assertTrue(notice != null && notice.startsWith("Awaiting a librarian's review since")
				&& notice.endsWith("submitted by Sari " + run + ", Rina."), notice);
	}

	@Test
	void aTechniciansNewRecordIsSubmittedOnSaveAndSubmittedAgainWhenSavedAfterItsReturn() throws Exception {
		CurrentStaff.choose(technician);
		String title = "Review new record " + run;
		bot.executeCommand(LibraryUiIds.NEW_RECORD_COMMAND);
		bot.waitUntil(Conditions.that("the new record's editor", () -> editor() != null));
		CatalogRecordEditor editor = UIThread.syncExec(this::editor);
		bot.tabItem("Description").activate();
		type("description.title", title);
		type("description.isbn", "0-306-40615-2");
		save(editor);
		long id = UIThread.syncExec(() -> editor.record().getId());
		Review submitted = reviews.current(ReviewSubject.RECORD, id).orElseThrow();
		assertEquals(ReviewStatus.PENDING, submitted.status());
		assertEquals(technician, submitted.submittedBy());
		assertTrue(UIThread.syncExec(() -> editor.notice()).startsWith("Saved and submitted for a librarian's review"),
				UIThread.syncExec(() -> editor.notice()));

		reviews.returnWithComment(submitted.id(), librarian, "Give the full title.");
		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		UIThread.syncExec(() -> WorkbenchBot.page().openEditor(new RecordEditorInput(id, title), LibraryUiIds.RECORD_EDITOR));
		bot.waitUntil(Conditions.that("the record again", () -> openRecord() == id));
		CatalogRecordEditor reopened = UIThread.syncExec(this::editor);
		assertTrue(UIThread.syncExec(() -> reopened.notice()).contains("Give the full title."), UIThread.syncExec(() -> reopened.notice()));

		bot.tabItem("Description").activate();
		type("description.title", title + " : the full title");
		save(reopened);
		assertEquals(List.of(ReviewStatus.RETURNED, ReviewStatus.PENDING),
				reviews.history(ReviewSubject.RECORD, id).stream().map(Review::status).toList());
	}

	@Test
	void theCatalogueShowsEachRecordsReviewAndFollowsItsChanges() throws Exception {
		String title = "Review column " + run;
		BibliographicRecord record = TitledRecords.save(store, title);
		BotView view = bot.openView(LibraryUiIds.CATALOGUE_VIEW);
		view.bot().textWithId(CatalogueView.KEY_SEARCH).setText(title);
		BotTable table = view.bot().tableWithId(CatalogueView.KEY_TABLE);
		bot.waitUntil(Conditions.that("the record found", () -> table.rowCount() == 1 && title.equals(table.cell(0, "Title"))));
		assertEquals("", table.cell(0, "Review"), "never submitted");

		Review submitted = reviews.submitRecord(record.getId(), technician);
		bot.waitUntil(Conditions.that("awaiting review in its row", () -> "Awaiting review".equals(table.cell(0, "Review"))));
		assertEquals(title, table.cell(0, "Title"), "the same row: the list was not searched again");
		reviews.approve(submitted.id(), librarian);
		bot.waitUntil(Conditions.that("approved in its row", () -> "Approved".equals(table.cell(0, "Review"))));
	}

	private void type(String key, String text) {
		bot.textWithId(key).setText(text);
		bot.textWithId(key).setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
	}

	private void save(CatalogRecordEditor editor) {
		bot.waitUntil(Conditions.that("the change in the record", () -> UIThread.syncExec(editor::isDirty)));
		UIThread.syncExec(() -> {
			editor.getSite().getShell().forceActive();
			editor.setFocus();
		});
		bot.pressShortcut(SWT.MOD1, 's');
		bot.waitUntil(Conditions.that("the record stored", () -> UIThread.syncExec(() -> editor.record().getId() != 0
				&& !editor.isDirty())));
	}

	private CatalogRecordEditor editor() {
		IEditorPart part = WorkbenchBot.page().getActiveEditor();
		return part instanceof CatalogRecordEditor editor ? editor : null;
	}

	private ReviewStatus statusOf(Review review) {
		try {
			return reviews.review(review.id()).status();
		} catch (org.techserv.store.StoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int row(BotTable queue, BibliographicRecord record) {
		return queue.indexOf(String.valueOf(record.getId()), 1);
	}

	private static String status(BotView view) {
		ReviewQueueView queue = UIThread.syncExec(() -> (ReviewQueueView) WorkbenchBot.page()
				.findView(ReviewUiIds.VIEW));
		return UIThread.syncExec(queue::statusText);
	}

	private long openRecord() {
		return UIThread.syncExec(() -> {
			IEditorPart editor = WorkbenchBot.page().getActiveEditor();
			return editor instanceof CatalogRecordEditor record ? record.record().getId() : -1L;
		});
	}

	private long staff(String given, String family, String number, StaffFunction function) throws Exception {
		Person person = NewStaff.person(given, family, number, function);
		return new PartyRepository(store.database()).save(person).getId();
	}
}
