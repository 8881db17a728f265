package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.labels.CallNumberLines;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.views.CatalogueView;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/** Spine and barcode labels of the copies of a record chosen in the Catalogue view, as PDF sheets read back. */
@ExtendWith(ScreenshotOnFailure.class)
class LabelsUITest {

	private final WorkbenchBot bot = new WorkbenchBot();

	@TempDir
	Path folder;
	private Item copy;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		bot.switchPerspective(LibraryUiIds.PERSPECTIVE);
		LibraryStore store = UIThread.syncExec(Services::store);
		OperaRecords.importUnlessPresent(store, "Verdi arias III");
		long id = store.catalogue().ids("Verdi arias III")[0];
		BibliographicRecord record = store.records().load(id);
		copy = store.items().ofRecord(id).stream().findFirst().orElse(null);
		if (copy == null) {
			copy = LibraryFactory.eINSTANCE.createItem();
			copy.setRecord(record);
			copy.setBarcode("3900" + (System.nanoTime() % 1_000_000_000L));
			copy.setCopyNumber(1);
			copy.setCallNumber(record.getCallNumber());
			copy.setStatus(ItemStatus.IN_PROCESSING);
			store.items().save(copy);
		}
	}

	@Test
	void spineAndBarcodeLabelsOfTheChosenRecordsCopiesComeOutAsPdfSheets() throws Exception {
		var view = bot.viewById(LibraryUiIds.CATALOGUE_VIEW);
		view.show();
		view.bot().textWithId(CatalogueView.KEY_SEARCH).setText("Verdi arias III");
		BotTable table = view.bot().tableWithId(CatalogueView.KEY_TABLE);
		bot.waitUntil(Conditions.that("the record in the list", () -> table.rowCount() == 1));
		table.select(0);
		bot.waitUntil(Conditions.that("the record chosen in the active Catalogue view", () -> UIThread.syncExec(() -> {
			var part = WorkbenchBot.page().getActivePart();
			return part != null && LibraryUiIds.CATALOGUE_VIEW.equals(part.getSite().getId())
					&& !part.getSite().getSelectionProvider().getSelection().isEmpty();
		})));

		Path spine = folder.resolve("spine.pdf");
		bot.executeCommand(LibraryUiIds.SPINE_LABELS_COMMAND,
				Map.of(LibraryUiIds.SPINE_LABELS_COMMAND + LibraryUiIds.LABELS_FILE_SUFFIX, spine.toString()));
		bot.waitUntil(Conditions.that("the spine labels", () -> Files.exists(spine)));
		String spineText = text(spine);
		for (String line : CallNumberLines.split(copy.getCallNumber()).lines()) {
			assertTrue(spineText.contains(line), line + " in:\n" + spineText);
		}

		Path barcodes = folder.resolve("barcodes.pdf");
		table.select(0);
		bot.executeCommand(LibraryUiIds.BARCODE_LABELS_COMMAND,
				Map.of(LibraryUiIds.BARCODE_LABELS_COMMAND + LibraryUiIds.LABELS_FILE_SUFFIX, barcodes.toString()));
		bot.waitUntil(Conditions.that("the barcode labels", () -> Files.exists(barcodes)));
		String barcodeText = text(barcodes);
		assertTrue(barcodeText.contains(copy.getBarcode()), barcodeText);
	}

	private static String text(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}
}
