package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.store.review.NewStaff;
import org.techserv.library.store.review.ReviewSubject;
import org.techserv.library.store.review.Reviews;
import org.techserv.model.core.Person;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.store.PartyRepository;
import org.techserv.work.CurrentStaff;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.CirculationException;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.ui.internal.editor.RecordEditorInput;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.PatronRole;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.binding.BatchStatus;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.VolumeSpec;
import org.techserv.library.serials.store.SerialIssue;
import org.techserv.library.serials.store.SerialsStore;
import org.techserv.library.serials.store.Subscription;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.binding.BindingUiIds;
import org.techserv.library.ui.internal.binding.BindingView;
import org.techserv.test.swt.Bot;
import org.techserv.test.swt.BotCombo;
import org.techserv.test.swt.BotShell;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.BotText;
import org.techserv.test.swt.BotView;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.Matcher;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;
import org.techserv.ui.work.MyWorkIds;

/**
 * The Binding view by keyboard: N opens a batch, A adds a volume of received issues with its specification, S sends
 * it, P's slips are written, T returns it with a scanned barcode a volume, a barcode already on a copy refused in
 * the store's words with nothing saved; then My Work lists binding to send and binding overdue, and Enter opens
 * the Binding view on the batch.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BindingUITest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

	@TempDir
	Path folder;
	private LibraryStore store;
	private SerialsStore serials;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		bot.switchPerspective(LibraryUiIds.PERSPECTIVE);
		store = UIThread.syncExec(Services::store);
		OperaRecords.importUnlessPresent(store, "Le Voci modenesi");
		serials = new SerialsStore(store.database());
	}

	/** A monthly subscription from fourteen months back whose first twelve issues arrived, the first as a copy. */
	private List<SerialIssue> receivedYear(String title, String firstBarcode) throws Exception {
		long record = store.catalogue().ids(title)[0];
		LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(14);
		String pattern = PatternText.write(PredictionPattern.builder(Frequency.MONTHLY, first)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 12, Numbering.RESTART, 1).build());
		Subscription subscription = serials.subscriptions().save(
				new Subscription(0, 0, record, null, "Vendor " + run, first, null, pattern, 5, 30, "Periodicals"));
		serials.subscriptions().predict(subscription.id(), LocalDate.now());
		List<SerialIssue> issues = serials.checkIn().ofSubscription(subscription.id()).subList(0, 12);
		for (int i = 0; i < issues.size(); i++) {
			serials.checkIn().receive(issues.get(i).id(), issues.get(i).expected().plusDays(2),
					i == 0 ? firstBarcode : null);
		}
		return issues;
	}

	@Test
	void aVolumeOfReceivedIssuesIsBatchedSentAndReturnedAsABoundCopyByKeyboard() throws Exception {
		String used = "S" + run;
		List<SerialIssue> issues = receivedYear("Le Voci modenesi", used);
		String bindery = "Bindery " + run;
		String volume = "v.1 " + issues.get(0).expected().getYear();

		BotView view = bot.openView(BindingUiIds.VIEW);
		Bot inView = view.bot();
		BotTable batches = inView.tableWithId(BindingUiIds.KEY_BATCHES);
		BotTable volumes = inView.tableWithId(BindingUiIds.KEY_VOLUMES);

		// N: a new batch for the bindery, chosen at once
		batches.pressShortcut(SWT.NONE, 'n');
		BotShell ask = bot.shell("New Binding Batch");
		ask.bot().text().setText(bindery);
		ask.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(ask));
		bot.waitUntil(Conditions.that("the new batch listed", () -> batches.indexOf(bindery, 1) >= 0));
		int row = batches.indexOf(bindery, 1);
		assertEquals("open", batches.cell(row, "Status"));
		assertEquals("0", batches.cell(row, "Volumes"));
		assertEquals(row, batches.selectionIndex(), "the new batch is the chosen one");

		// A: a volume of the title's received issues, all ticked, with its binding specification
		batches.pressShortcut(SWT.NONE, 'a');
		BotShell add = bot.shell("Add Volume");
		Bot inAdd = add.bot();
		BotCombo titles = inAdd.comboWithId(BindingUiIds.KEY_TITLE);
		String choice = titles.items().stream().filter(t -> t.contains("Voci modenesi")).findFirst().orElseThrow();
		assertTrue(choice.contains("(12 issues"), choice);
		titles.setSelection(choice);
		BotTable ticked = inAdd.tableWithId(BindingUiIds.KEY_ISSUES);
		assertEquals(issues.get(0).label(), ticked.cell(0, 0));
		assertEquals(issues.get(11).label(), ticked.cell(11, 0), "the twelve received issues first");
		assertEquals(12, checked(ticked).stream().filter(Boolean::booleanValue).count(),
				"the issues ticked, the title's copies on the shelf (if any) not");
		assertTrue(checked(ticked).subList(0, 12).stream().allMatch(Boolean::booleanValue));
		inAdd.textWithId(BindingUiIds.KEY_LABEL).setText(volume);
		inAdd.textWithId(BindingUiIds.KEY_COLOUR).setText("Dark green 540");
		inAdd.textWithId(BindingUiIds.KEY_SPINE).setText("VOCI MODENESI\nv.1");
		assertEquals("Buckram", inAdd.textWithId(BindingUiIds.KEY_COVER).getText(), "the usual cover offered");
		inAdd.button("OK").click();
		bot.waitUntil(Conditions.shellCloses(add));
		bot.waitUntil(Conditions.that("the volume listed", () -> volumes.indexOf(volume, 1) >= 0));
		int v = volumes.indexOf(volume, 1);
		assertTrue(volumes.cell(v, "Title").contains("Voci modenesi"), volumes.cell(v, "Title"));
		assertEquals("Dark green 540", volumes.cell(v, "Colour"));
		assertEquals("Buckram", volumes.cell(v, "Cover"));
		assertEquals("VOCI MODENESI / v.1", volumes.cell(v, "Spine"));
		assertEquals("12", volumes.cell(v, "Pieces"));
		assertEquals("1", batches.cell(batches.indexOf(bindery, 1), "Volumes"));

		// V: submitted for review by the technician at this workbench; S is refused until a librarian approves
		long technician = staff("Rina", "Sari " + run, "BT-" + run, StaffFunction.TECHNICIAN);
		long librarian = staff("Lukas", "Hartono " + run, "BL-" + run, StaffFunction.LIBRARIAN);
		CurrentStaff.choose(technician);
		try {
			batches.pressShortcut(SWT.NONE, 'v');
			bot.waitUntil(Conditions.that("the batch awaiting review", () -> "awaiting a librarian's review"
					.equals(batches.cell(batches.indexOf(bindery, 1), "Review"))));
		} finally {
			CurrentStaff.choose(0);
		}
		batches.pressShortcut(SWT.NONE, 's');
		BotShell early = bot.shell("Send Binding Batch");
		early.bot().text().setText("30");
		early.bot().button("OK").click();
		BotShell notYet = bot.shell("Binding refused");
		assertTrue(String.join(" ", labels(notYet)).contains("its review is pending"), labels(notYet).toString());
		notYet.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(notYet));
		assertEquals("open", batches.cell(batches.indexOf(bindery, 1), "Status"), "not sent");
		long submitted = Long.parseLong(batches.cell(batches.indexOf(bindery, 1), "Batch"));
		Reviews reviews = new Reviews(store.database());
		reviews.approve(reviews.current(ReviewSubject.BINDING_BATCH, submitted).orElseThrow().id(), librarian);
		batches.pressShortcut(SWT.NONE, SWT.F5);
		bot.waitUntil(Conditions.that("the approval shown", () -> batches.cell(batches.indexOf(bindery, 1), "Review")
				.startsWith("approved by Hartono")));

		// S: sent for thirty days
		batches.pressShortcut(SWT.NONE, 's');
		BotShell send = bot.shell("Send Binding Batch");
		send.bot().text().setText("30");
		send.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(send));
		bot.waitUntil(Conditions.that("the batch sent", () -> "sent".equals(batches.cell(batches.indexOf(bindery, 1), "Status"))));
		row = batches.indexOf(bindery, 1);
		assertEquals(LocalDate.now().toString(), batches.cell(row, "Sent on"));
		assertEquals(LocalDate.now().plusDays(30).toString(), batches.cell(row, "Due back"));
		assertEquals("", batches.cell(row, "Overdue"));
		long batchId = Long.parseLong(batches.cell(row, "Batch"));

		// the binding slips, written in the background (the file name comes from a FileDialog in use)
		Path pdf = folder.resolve("slips.pdf");
		BindingBatch sent = new Bindery(store.database()).batch(batchId);
		UIThread.syncExec(() -> ((BindingView) WorkbenchBot.page().findView(BindingUiIds.VIEW)).writeSlips(sent, pdf));
		bot.waitUntil(Conditions.that("the slips written and said so",
				() -> inView.labelWithId(BindingUiIds.KEY_STATUS).getText().contains(pdf.toString())));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			for (String expected : List.of(bindery, volume, "Dark green 540", "VOCI MODENESI", issues.get(11).label())) {
				assertTrue(text.contains(expected), expected + " in " + text);
			}
		}

		// T: the return; the scanner's Enter in the only field returns the batch; a used barcode is refused
		batches.pressShortcut(SWT.NONE, 't');
		BotShell back = bot.shell("Return Binding Batch");
		BotText barcode = back.bot().textWithId(BindingUiIds.KEY_BARCODE + "0");
		barcode.setText(used);
		barcode.pressShortcut(SWT.NONE, SWT.CR);
		BotShell refused = bot.shell("Binding refused");
		assertTrue(labels(refused).contains("Barcode " + used + " is already used by another copy; scan a new label for volume "
				+ volume + "."), labels(refused).toString());
		refused.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(refused));
		assertEquals(BatchStatus.SENT, new Bindery(store.database()).batch(batchId).status(), "nothing saved");
		String fresh = "B" + run;
		barcode.setText(fresh);
		barcode.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.shellCloses(back));
		bot.waitUntil(Conditions.that("the batch returned",
				() -> "returned".equals(batches.cell(batches.indexOf(bindery, 1), "Status"))));
		assertEquals(fresh, volumes.cell(volumes.indexOf(volume, 1), "Bound copy"), "the bound copy's barcode");
		assertTrue(inView.labelWithId(BindingUiIds.KEY_STATUS).getText().contains("1 bound copies"));
		assertEquals(ItemStatus.AVAILABLE, store.items().byBarcode(fresh).getStatus(), "the bound volume is on the shelf");
		assertEquals(ItemStatus.WITHDRAWN, store.items().byBarcode(used).getStatus(), "its single issue is bound in");
	}

	@Test
	void myWorkListsBatchesToSendAndOverdueOnesAndEnterOpensTheBatch() throws Exception {
		List<SerialIssue> issues = receivedYear("Germaine Martinelli", null);
		Bindery bindery = new Bindery(store.database());
		long record = serials.subscriptions().load(issues.get(0).subscriptionId()).recordId();
		String toSend = "Open bindery " + run;
		String late = "Slow bindery " + run;
		BindingBatch open = bindery.open(toSend);
		bindery.addVolume(open.id(), record, spec("v.1 part 1"), ids(issues.subList(0, 6)), List.of());
		BindingBatch away = bindery.open(late);
		bindery.addVolume(away.id(), record, spec("v.1 part 2"), ids(issues.subList(6, 12)), List.of());
		long technician = staff("Rina", "Sari " + run, "BT-" + run, StaffFunction.TECHNICIAN);
		long librarian = staff("Lukas", "Hartono " + run, "BL-" + run, StaffFunction.LIBRARIAN);
		new Reviews(store.database()).approve(bindery.submitForReview(away.id(), technician).id(), librarian);
		bindery.send(away.id(), LocalDate.now().minusDays(40), 30);

		BotView work = bot.openView(MyWorkIds.VIEW);
		BotTable entries = work.bot().tableWithId(MyWorkIds.KEY_TABLE);
		work.show();
		entries.pressShortcut(0, SWT.F5);
		String sendTitle = toSend + ": 1 volume(s) to send";
		String lateTitle = late + ": 1 volume(s) overdue at the bindery";
		bot.waitUntil(Conditions.that("both binding entries",
				() -> entries.indexOf(sendTitle, 4) >= 0 && entries.indexOf(lateTitle, 4) >= 0));
		int sendRow = entries.indexOf(sendTitle, 4);
		assertEquals("Binding to send", entries.cell(sendRow, "Kind"));
		assertEquals("today", entries.cell(sendRow, "Due"));
		assertEquals("Batch " + open.id(), entries.cell(sendRow, "Number"));
		int lateRow = entries.indexOf(lateTitle, 4);
		assertEquals("Binding overdue", entries.cell(lateRow, "Kind"));
		assertEquals("High", entries.cell(lateRow, "Priority"));

		entries.select(lateRow);
		entries.pressShortcut(0, SWT.CR);
		bot.waitUntil(Conditions.that("the Binding view in front", () -> UIThread.syncExec(
				() -> WorkbenchBot.page().getActivePart() != null
						&& BindingUiIds.VIEW.equals(WorkbenchBot.page().getActivePart().getSite().getId()))));
		Bot inView = bot.viewById(BindingUiIds.VIEW).bot();
		BotTable batches = inView.tableWithId(BindingUiIds.KEY_BATCHES);
		bot.waitUntil(Conditions.that("the overdue batch chosen", () -> batches.selectionIndex() >= 0
				&& late.equals(batches.cell(batches.selectionIndex(), "Bindery"))));
		assertEquals("10 days", batches.cell(batches.selectionIndex(), "Overdue"));
		assertEquals("v.1 part 2", inView.tableWithId(BindingUiIds.KEY_VOLUMES).cell(0, "Volume"));

		// O: the overdue report, a line a volume, to copy
		batches.pressShortcut(SWT.NONE, 'o');
		BotShell report = bot.shell("Volumes Overdue at the Bindery");
		String text = report.bot().textWithId(BindingUiIds.KEY_OVERDUE).getText();
		String line = text.lines().filter(l -> l.startsWith(late)).findFirst().orElse("");
		assertTrue(line.contains("10 days overdue") && line.contains("v.1 part 2")
				&& line.contains("batch " + away.id()), text);
		report.bot().button("Close").click();
		bot.waitUntil(Conditions.shellCloses(report));
	}

	@Test
	void wornCopiesAreScannedOrTickedWithSpaceIntoAVolumeAndOnceSentAreAtTheBinderyAndNotLent() throws Exception {
		String title = "Worn book " + run;
		BibliographicRecord book = TitledRecords.save(store, title);
		String scanned = "WS" + run;
		String spaced = "WT" + run;
		String lent = "WL" + run;
		TitledRecords.copy(store, book, scanned, 1, ItemStatus.AVAILABLE);
		TitledRecords.copy(store, book, spaced, 2, ItemStatus.AVAILABLE);
		TitledRecords.copy(store, book, lent, 3, ItemStatus.ON_LOAN);
		Bindery bindery = new Bindery(store.database());
		String binderyName = "Rebinders " + run;
		BindingBatch batch = bindery.open(binderyName);

		BotView view = bot.openView(BindingUiIds.VIEW);
		Bot inView = view.bot();
		BotTable batches = inView.tableWithId(BindingUiIds.KEY_BATCHES);
		BotTable volumes = inView.tableWithId(BindingUiIds.KEY_VOLUMES);
		batches.pressShortcut(SWT.NONE, SWT.F5);
		bot.waitUntil(Conditions.that("the batch listed", () -> batches.indexOf(binderyName, 1) >= 0));
		batches.select(batches.indexOf(binderyName, 1));

		// A: the book is no serial, so it is not in the list; scanning a worn copy chooses it and ticks the copy
		batches.pressShortcut(SWT.NONE, 'a');
		BotShell add = bot.shell("Add Volume");
		Bot inAdd = add.bot();
		BotCombo titles = inAdd.comboWithId(BindingUiIds.KEY_TITLE);
		assertTrue(titles.items().stream().noneMatch(t -> t.contains(title)), titles.items().toString());
		BotText worn = inAdd.textWithId(BindingUiIds.KEY_WORN);
		worn.setText(lent);
		worn.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("a copy on loan refused in the header", () -> UIThread.syncExec(
				() -> String.valueOf(((TitleAreaDialog) add.widget.getData()).getErrorMessage()))
				.equals("Copy " + lent + " is on loan; only a copy on the shelf (available) can go to the bindery.")));
		assertTrue(UIThread.syncExec(() -> !add.widget.isDisposed()), "Enter in the barcode field does not press OK");
		worn.setText(scanned);
		worn.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the copy's title chosen", () -> (title + " (2 copies)").equals(titles.selection())));
		BotTable pieces = inAdd.tableWithId(BindingUiIds.KEY_ISSUES);
		assertEquals(List.of("copy " + scanned, "copy " + spaced), List.of(pieces.cell(0, 0), pieces.cell(1, 0)),
				"the copies on the shelf; the one on loan is not offered");
		assertEquals(2, pieces.rowCount());
		assertEquals(List.of(true, false), checked(pieces), "the scanned copy ticked, the other not");

		// Space ticks the other worn copy
		pieces.select(1);
		pieces.pressShortcut(SWT.NONE, ' ');
		bot.waitUntil(Conditions.that("both ticked", () -> checked(pieces).equals(List.of(true, true))));
		inAdd.textWithId(BindingUiIds.KEY_LABEL).setText("Rebind " + run);
		inAdd.textWithId(BindingUiIds.KEY_COLOUR).setText("Black");
		assertEquals(title, inAdd.textWithId(BindingUiIds.KEY_SPINE).getText(), "the title offered for the spine");
		inAdd.button("OK").click();
		bot.waitUntil(Conditions.shellCloses(add));
		bot.waitUntil(Conditions.that("the volume listed", () -> volumes.indexOf("Rebind " + run, 1) >= 0));
		assertEquals("2", volumes.cell(volumes.indexOf("Rebind " + run, 1), "Pieces"));

		// approved and sent: the worn copies are at the bindery, the copies page says so, and the desk will not lend
		long technician = staff("Rina", "Sari " + run, "BT-" + run, StaffFunction.TECHNICIAN);
		long librarian = staff("Lukas", "Hartono " + run, "BL-" + run, StaffFunction.LIBRARIAN);
		new Reviews(store.database()).approve(bindery.submitForReview(batch.id(), technician).id(), librarian);
		bindery.send(batch.id(), LocalDate.now(), 30);
		assertEquals(ItemStatus.AT_BINDERY, store.items().byBarcode(scanned).getStatus());
		assertEquals(ItemStatus.AT_BINDERY, store.items().byBarcode(spaced).getStatus());
		assertEquals(ItemStatus.ON_LOAN, store.items().byBarcode(lent).getStatus(), "the copy on loan stays out");

		UIThread.syncExec(() -> WorkbenchBot.page().openEditor(new RecordEditorInput(book.getId(), title),
				LibraryUiIds.RECORD_EDITOR));
		bot.tabItem("Copies").activate();
		BotTable copies = bot.tableWithId("items.table");
		bot.waitUntil(Conditions.that("the copies listed", () -> copies.indexOf(scanned, 0) >= 0));
		assertEquals("At the bindery", copies.cell(copies.indexOf(scanned, 0), "Status"));
		assertEquals("At the bindery", copies.cell(copies.indexOf(spaced, 0), "Status"));
		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));

		String card = "PB" + run;
		Person patron = CoreFactory.eINSTANCE.createPerson();
		patron.setGivenName("Aiyana");
		patron.setFamilyName("Brooks " + run);
		PatronRole role = CoreFactory.eINSTANCE.createPatronRole();
		role.setBarcode(card);
		patron.getRoles().add(role);
		new PartyRepository(store.database()).save(patron);
		CirculationException refused = assertThrows(CirculationException.class,
				() -> new Circulation(store.database()).checkOut(card, scanned));
		assertEquals("Copy " + scanned + " cannot be checked out: it is at the bindery.", refused.getMessage());
		assertEquals(ItemStatus.AT_BINDERY, store.items().byBarcode(scanned).getStatus(), "nothing lent");
	}

	/** Which rows of a check table are ticked. */
	private static List<Boolean> checked(BotTable table) {
		return UIThread.syncExec(() -> java.util.Arrays.stream(table.widget.getItems()).map(TableItem::getChecked).toList());
	}

	private static VolumeSpec spec(String label) {
		return new VolumeSpec(label, "Black", "Buckram", List.of("MARTINELLI", label), "");
	}

	private static List<Long> ids(List<SerialIssue> issues) {
		return issues.stream().map(SerialIssue::id).toList();
	}

	/** The texts of a shell's labels: what a message dialog says. */
	private static List<String> labels(BotShell shell) {
		List<Widget> labels = shell.bot().widgets(Matcher.ofType(Label.class));
		return UIThread.syncExec(() -> labels.stream().map(label -> ((Label) label).getText()).toList());
	}

	private long staff(String given, String family, String number, StaffFunction function) throws Exception {
		Person person = NewStaff.person(given, family, number, function);
		return new PartyRepository(store.database()).save(person).getId();
	}
}
