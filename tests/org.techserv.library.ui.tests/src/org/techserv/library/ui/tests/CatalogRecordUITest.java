package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.library.model.DataField;
import org.techserv.library.model.util.RecordValues;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.CatalogRecordEditor;
import org.techserv.library.ui.internal.views.CatalogueView;
import org.techserv.test.swt.BotShell;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/**
 * A cataloguer's work in the real workbench on Debian's real records: find a record, change a subfield in the MARC
 * line form, see it on the Description page, undo, redo, change a field on the form, save, and find everything
 * again after reopening; lines that are no field and fields that break MARC 21 are refused with the tag named;
 * MARC files are imported from the Catalogue menu with the rejected records listed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CatalogRecordUITest {

	static final Path OPERA = Path.of("/usr/share/doc/idzebra-2.0/examples/marcxml/collection-opera-43.xml.gz");
	static final Path SAMPLE = Path.of("/usr/share/doc/idzebra-2.0/examples/marc21/sample-marc.gz");

	private final WorkbenchBot bot = new WorkbenchBot();

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		bot.switchPerspective(LibraryUiIds.PERSPECTIVE);
		LibraryStore store = UIThread.syncExec(Services::store);
		if (OperaRecords.importUnlessPresent(store, "patria mia")) {
			UIThread.syncExec(() -> ((CatalogueView) WorkbenchBot.page().findView(LibraryUiIds.CATALOGUE_VIEW)).reload());
		}
	}

	@Test
	void aSubfieldEditedInTheTagPageShowsInTheFormUndoesRedoesAndIsSaved() {
		CatalogRecordEditor editor = open("Aïda. O patria mia");

		bot.tabItem("MARC").activate();
		BotTable fields = bot.tableWithId("marc.fields");
		int title = row(fields, "=245");
		fields.select(title);
		var line = bot.textWithId("marc.line");
		String before = line.getText();
		assertTrue(before.contains("$cVerdi."), before);
		line.setText(before.replace("$cVerdi.", "$cGiuseppe Verdi."));
		line.setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.valueIs("245 $c after Enter", "Giuseppe Verdi.", () -> value(() -> responsibility(editor))));
		assertTrue(value(editor::isDirty));

		bot.tabItem("Description").activate();
		var statement = bot.textWithId("description.responsibility");
		bot.waitUntil(Conditions.valueIs("the form's statement of responsibility", "Giuseppe Verdi.", statement::getText));

		focus(editor);
		bot.pressShortcut(SWT.MOD1, 'z');
		bot.waitUntil(Conditions.valueIs("the form after undo", "Verdi.", statement::getText));
		assertFalse(value(editor::isDirty), "undone to the stored record");
		focus(editor);
		bot.pressShortcut(SWT.MOD1 | SWT.SHIFT, 'z');
		bot.waitUntil(Conditions.valueIs("the form after redo", "Giuseppe Verdi.", statement::getText));

		// and the other way round: a form field becomes a MARC field
		bot.textWithId("description.edition").setText("Vocal score ed.");
		bot.textWithId("description.edition").setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("a 250 field", () -> value(() -> RecordValues.first(editor.record(), "250")) != null));
		bot.tabItem("MARC").activate();
		bot.waitUntil(Conditions.that("the 250 line", () -> row(fields, "=250  \\\\$aVocal score ed.") >= 0));

		focus(editor);
		bot.pressShortcut(SWT.MOD1, 's');
		bot.waitUntil(Conditions.that("the record saved", () -> !value(editor::isDirty)));

		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		CatalogRecordEditor reopened = open("Aïda. O patria mia");
		assertEquals("Giuseppe Verdi.", value(() -> responsibility(reopened)));
		assertEquals("Vocal score ed.", value(() -> RecordValues.subfield(RecordValues.first(reopened.record(), "250"), 'a')));
		bot.tabItem("History").activate();
		BotTable history = bot.tableWithId("history.table");
		bot.waitUntil(Conditions.that("the saved change in the history", () -> row(history, "245", "Field") >= 0
				&& row(history, "250", "Field") >= 0));
	}

	@Test
	void linesThatAreNoFieldAndFieldsBreakingMarcRulesAreRefusedNamingTheTag() {
		CatalogRecordEditor editor = open("Aïda. O patria mia");
		bot.tabItem("MARC").activate();
		BotTable fields = bot.tableWithId("marc.fields");
		int count = fields.rowCount();

		bot.buttonWithId("marc.add").click();
		var line = bot.textWithId("marc.line");
		line.setText("=24  10$aNo tag");
		line.setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the refusal", () -> value(editor::notice) != null));
		assertTrue(value(editor::notice).contains("Tag 24 "), value(editor::notice));
		assertEquals(count, fields.rowCount(), "nothing added");
		assertFalse(value(editor::isDirty));

		line.setText("=245  10$aA second title");
		line.setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the second 245", () -> fields.rowCount() == count + 1));
		int second = row(fields, "=245  10$aA second title");
		bot.waitUntil(Conditions.that("the rule shown at the field",
				() -> fields.cell(second, "Problem").contains("Tag 245: this field may occur only once")));

		focus(editor);
		bot.pressShortcut(SWT.MOD1, 's');
		bot.waitUntil(Conditions.that("the save refused", () -> value(editor::notice) != null
				&& value(editor::notice).startsWith("Not saved: Tag 245")));
		assertTrue(value(editor::isDirty), "the change is kept for the cataloguer to fix");

		bot.tabItem("Description").activate();
		bot.textWithId("description.isbn").setText("0-19-852663-7");
		bot.textWithId("description.isbn").setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the ISBN in 020", () -> value(() -> RecordValues.first(editor.record(), "020")) != null));
		focus(editor);
		bot.pressShortcut(SWT.MOD1, 'z'); // the ISBN
		bot.pressShortcut(SWT.MOD1, 'z'); // the second title
		bot.waitUntil(Conditions.that("both undone", () -> !value(editor::isDirty)));
		assertEquals(count, fields.rowCount());
	}

	@Test
	void aNewRecordIsCataloguedWithACopyAndAWrongIsbnIsRefusedUntilCorrected() throws Exception {
		String title = "Pump repair handbook " + System.nanoTime();
		bot.executeCommand(LibraryUiIds.NEW_RECORD_COMMAND);
		bot.waitUntil(Conditions.that("the new record's editor", () -> editor() != null));
		CatalogRecordEditor editor = UIThread.syncExec(this::editor);
		assertEquals(0L, value(() -> editor.record().getId()));

		bot.tabItem("Description").activate();
		bot.textWithId("description.title").setText(title);
		bot.textWithId("description.title").setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.textWithId("description.isbn").setText("0-306-40615-3");
		bot.textWithId("description.isbn").setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the ISBN in 020", () -> value(() -> RecordValues.first(editor.record(), "020")) != null));

		bot.tabItem("Copies").activate();
		bot.buttonWithId("items.add").click();
		bot.waitUntil(Conditions.that("a copy", () -> value(() -> editor.items().size()) == 1));
		bot.textWithId("item.barcode").setText("39000" + (System.nanoTime() % 1_000_000_000L));
		bot.textWithId("item.barcode").setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the barcode on the copy", () -> value(() -> editor.items().get(0).getBarcode()) != null));

		focus(editor);
		bot.pressShortcut(SWT.MOD1, 's');
		bot.waitUntil(Conditions.that("the wrong ISBN refused", () -> value(editor::notice) != null
				&& value(editor::notice).contains("ISBN 0-306-40615-3")));
		assertEquals(0L, value(() -> editor.record().getId()), "nothing stored");

		bot.tabItem("Description").activate();
		bot.textWithId("description.isbn").setText("0-306-40615-2");
		bot.textWithId("description.isbn").setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		focus(editor);
		bot.pressShortcut(SWT.MOD1, 's');
		bot.waitUntil(Conditions.that("the record stored", () -> value(() -> editor.record().getId()) != 0
				&& !value(editor::isDirty)));

		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		CatalogRecordEditor reopened = open(title);
		assertEquals("0-306-40615-2", value(() -> RecordValues.subfield(RecordValues.first(reopened.record(), "020"), 'a')));
		assertEquals(1, value(() -> reopened.items().size()));

		// with the search cleared the whole catalogue is listed newest first (from the index, which is current)
		var view = bot.viewById(LibraryUiIds.CATALOGUE_VIEW);
		view.bot().textWithId(CatalogueView.KEY_SEARCH).setText("");
		BotTable table = view.bot().tableWithId(CatalogueView.KEY_TABLE);
		long stored = UIThread.syncExec(Services::store).records().count();
		bot.waitUntil(Conditions.that("every record, the new one first",
				() -> table.rowCount() == stored && table.cell(0, "Title").equals(title)));
	}

	@Test
	void aRecordSavedElsewhereMeanwhileIsNotOverwrittenAndCanBeReadAgain() throws Exception {
		CatalogRecordEditor editor = open("Verdi arias III");
		long id = value(() -> editor.record().getId());

		// another cataloguer changes the record and saves it first
		LibraryStore store = UIThread.syncExec(Services::store);
		var theirs = store.records().load(id);
		String theirNote = "Their note " + System.nanoTime();
		theirs.getDataFields().add(org.techserv.library.model.util.MarcLines.DataLine.class
				.cast(org.techserv.library.model.util.MarcLines.parse("=500  \\\\$a" + theirNote)).toField());
		store.records().save(theirs);

		bot.tabItem("Description").activate();
		bot.textWithId("description.edition").setText("Our edition");
		bot.textWithId("description.edition").setFocus();
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("our change", () -> value(editor::isDirty)));
		focus(editor);
		bot.pressShortcut(SWT.MOD1, 's');
		BotShell conflict = bot.shell("Record changed elsewhere");
		String said = UIThread.syncExec(() -> texts(conflict.widget));
		assertTrue(said.contains("was changed by"), said);
		conflict.bot().button("Yes").click();
		bot.waitUntil(Conditions.shellCloses(conflict));

		bot.waitUntil(Conditions.that("their change read again", () -> value(() -> editor.record().getDataFields().stream()
				.anyMatch(f -> theirNote.equals(RecordValues.subfield(f, 'a'))))));
		assertFalse(value(editor::isDirty));
		assertEquals(null, value(() -> RecordValues.first(editor.record(), "250")), "ours was dropped, as asked");
		assertEquals(theirNote, RecordValues.subfield(store.records().load(id).getDataFields().stream()
				.filter(f -> "500".equals(f.getTag()) && theirNote.equals(RecordValues.subfield(f, 'a'))).findFirst()
				.orElseThrow(), 'a'), "the stored record keeps their note");
	}

	@Test
	void importingAFileFromTheCatalogueMenuListsRejectedRecordsAndShowsTheImported() {
		bot.executeCommand(LibraryUiIds.IMPORT_COMMAND, Map.of(LibraryUiIds.IMPORT_FILE_PARAMETER, SAMPLE.toString(),
				LibraryUiIds.IMPORT_DUPLICATES_PARAMETER, "SKIP"));
		bot.waitUntil(Conditions.shellIsOpen("Import finished"));
		BotShell summary = bot.shell("Import finished");
		String said = UIThread.syncExec(() -> texts(summary.widget));
		assertTrue(said.contains("sample-marc.gz: imported 23, rejected 2.") || said.contains("sample-marc.gz: imported 0, rejected 2."),
				said);
		assertTrue(said.contains("Record 24 at byte 22980: control field 001 holds subfield delimiters"), said);
		assertTrue(said.contains("Record 25 at byte 23705"), said);
		summary.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(summary));

		var search = bot.viewById(LibraryUiIds.CATALOGUE_VIEW).bot().textWithId(CatalogueView.KEY_SEARCH);
		search.setText("dynamic images from an Anger");
		BotTable table = bot.viewById(LibraryUiIds.CATALOGUE_VIEW).bot().tableWithId(CatalogueView.KEY_TABLE);
		bot.waitUntil(Conditions.that("records of the ISO 2709 sample in the list", () -> table.rowCount() > 0));
	}

	private CatalogRecordEditor open(String title) {
		var view = bot.viewById(LibraryUiIds.CATALOGUE_VIEW);
		view.show();
		view.bot().textWithId(CatalogueView.KEY_SEARCH).setText(title);
		BotTable table = view.bot().tableWithId(CatalogueView.KEY_TABLE);
		bot.waitUntil(Conditions.that("the record in the list", () -> table.rowCount() == 1
				&& table.cell(0, "Title").equals(title)));
		table.doubleClick(0);
		bot.waitUntil(Conditions.that("the record editor", () -> editor() != null));
		return UIThread.syncExec(this::editor);
	}

	private CatalogRecordEditor editor() {
		IEditorPart part = WorkbenchBot.page().getActiveEditor();
		return part instanceof CatalogRecordEditor editor ? editor : null;
	}

	private static void focus(CatalogRecordEditor editor) {
		UIThread.syncExec(() -> {
			editor.getSite().getShell().forceActive();
			editor.setFocus();
		});
	}

	private static String responsibility(CatalogRecordEditor editor) {
		DataField field = RecordValues.first(editor.record(), "245");
		return RecordValues.subfield(field, 'c');
	}

	private static int row(BotTable table, String start) {
		return row(table, start, "Field");
	}

	private static int row(BotTable table, String start, String column) {
		for (int i = 0; i < table.rowCount(); i++) {
			if (table.cell(i, column).startsWith(start)) {
				return i;
			}
		}
		return -1;
	}

	private static String texts(Control control) {
		List<String> found = new ArrayList<>();
		collect(control, found);
		return String.join("\n", found);
	}

	private static void collect(Control control, List<String> found) {
		if (control instanceof Label label) {
			found.add(label.getText());
		} else if (control instanceof Text text) {
			found.add(text.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
	}

	private static <T> T value(Supplier<T> read) {
		return UIThread.syncExec(read::get);
	}
}
