package org.techserv.library.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.LibraryStore;
import org.techserv.library.sru.SruTarget;
import org.techserv.library.sru.SruTargets;
import org.techserv.library.sru.tests.ZebraServer;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.views.CopyCataloguingView;
import org.techserv.test.swt.BotShell;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/**
 * Copy cataloguing in the real workbench against a real Zebra SRU server on 127.0.0.1: a title search lists the
 * server's records with a MARC preview, the chosen one is imported with the target as its source, and a target that
 * does not answer is said in the view naming it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CopyCataloguingUITest {

	@TempDir
	static Path folder;
	private static ZebraServer zebra;

	private final WorkbenchBot bot = new WorkbenchBot();
	private SruTarget target;

	@BeforeAll
	static void startZebra() throws Exception {
		zebra = ZebraServer.start(folder, Map.of());
	}

	@AfterAll
	static void stopZebra() throws Exception {
		zebra.close();
	}

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		bot.switchPerspective(LibraryUiIds.PERSPECTIVE);
		target = zebra.target("Zebra " + System.nanoTime());
		SruTargets.installed().save(target);
	}

	@Test
	void aTitleSearchListsTheServersRecordsAndTheChosenOneIsImportedWithItsSource() throws Exception {
		CopyCataloguingView view = showView();
		bot.comboWithId(CopyCataloguingView.KEY_TARGET).setSelection(target.name());
		bot.comboWithId(CopyCataloguingView.KEY_INDEX).setSelection("Title");
		bot.textWithId(CopyCataloguingView.KEY_TERMS).setText("aida");
		bot.buttonWithId("copy.search").click();
		BotTable hits = bot.tableWithId(CopyCataloguingView.KEY_HITS);
		bot.waitUntil(Conditions.that("Zebra's three Aida records", () -> hits.rowCount() == 3));
		assertTrue(UIThread.syncExec(view::statusText).startsWith("3 records match at " + target.name()),
				UIThread.syncExec(view::statusText));
		int aida = -1;
		for (int i = 0; i < 3; i++) {
			if (hits.cell(i, "Title").equals("Tsuma to onna no aida")) {
				aida = i;
			}
		}
		assertTrue(aida >= 0, "the record is among the hits");
		hits.select(aida);
		var preview = bot.textWithId(CopyCataloguingView.KEY_PREVIEW);
		bot.waitUntil(Conditions.that("the MARC preview", () -> preview.getText().contains("=245  ")
				&& preview.getText().contains("Tsuma to onna no aida")));

		LibraryStore store = UIThread.syncExec(Services::store);
		int before = store.catalogue().ids("Tsuma to onna").length;
		bot.buttonWithId("copy.import").click();
		BotShell question = bot.shell("Import MARC records");
		question.bot().button("Keep both").click();
		bot.waitUntil(Conditions.that("the record in the catalogue", () -> {
			try {
				return store.catalogue().ids("Tsuma to onna").length == before + 1;
			} catch (Exception e) {
				return false;
			}
		}));
		long newest = store.catalogue().ids("Tsuma to onna")[0];
		BibliographicRecord imported = store.records().load(newest);
		assertEquals(target.name(), imported.getSource());
		assertTrue(store.records().original(newest).length > 0, "the record as the server sent it is kept");
		bot.waitUntil(Conditions.that("the import said in the view",
				() -> UIThread.syncExec(view::statusText).startsWith("Imported 1 records from " + target.name())));
	}

	@Test
	void aTargetThatDoesNotAnswerIsSaidNamingIt() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		SruTarget nowhere = SruTarget.userDefined("Nowhere " + System.nanoTime(), "http://127.0.0.1:" + closed,
				"Default", "marc", 3);
		SruTargets.installed().save(nowhere);
		CopyCataloguingView view = showView();
		bot.comboWithId(CopyCataloguingView.KEY_TARGET).setSelection(nowhere.name());
		bot.textWithId(CopyCataloguingView.KEY_TERMS).setText("aida");
		bot.buttonWithId("copy.search").click();
		bot.waitUntil(Conditions.that("the failure said", () -> UIThread.syncExec(view::statusText).contains(nowhere.name())
				&& !UIThread.syncExec(view::statusText).startsWith("Searching")));
		assertEquals(0, bot.tableWithId(CopyCataloguingView.KEY_HITS).rowCount());
		SruTargets.installed().remove(nowhere);
	}

	@Test
	void theLibrarysOwnTargetIsAddedInPreferencesAndABadAddressIsRefusedNamingIt() throws Exception {
		String name = "Branch library " + System.nanoTime();
		bot.executeCommand("org.eclipse.ui.window.preferences",
				Map.of("preferencePageId", "org.techserv.library.ui.preferences.targets"));
		BotShell preferences = bot.shell("Preferences").activate();
		BotTable targets = preferences.bot().tableWithId("targets.table");
		int before = targets.rowCount();
		assertTrue(targets.containsItem("Library of Congress"), "the contributed target is listed");
		preferences.bot().buttonWithId("targets.add").click();
		BotShell dialog = bot.shell("Copy Cataloguing Target").activate();
		dialog.bot().textWithId("target.name").setText(name);
		dialog.bot().textWithId("target.baseUrl").setText("branch.example.org:8080");
		dialog.bot().textWithId("target.database").setText("catalogue");
		dialog.bot().button("OK").click();
		bot.waitUntil(Conditions.that("the bad address refused in the dialog",
				() -> UIThread.syncExec(() -> dialog.widget.isVisible()) && texts(dialog).contains("\"branch.example.org:8080\" is not a base URL")));
		dialog.bot().textWithId("target.baseUrl").setText("http://branch.example.org:8080");
		dialog.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(dialog));
		bot.waitUntil(Conditions.that("the new target listed", () -> targets.rowCount() == before + 1));
		preferences.bot().button("Apply and Close").click();
		bot.waitUntil(Conditions.shellCloses(preferences));

		SruTarget saved = SruTargets.installed().userDefined().stream().filter(t -> t.name().equals(name)).findFirst()
				.orElseThrow();
		assertEquals("http://branch.example.org:8080/catalogue", saved.endpoint().toString());
		SruTargets.installed().remove(saved);
	}

	private static String texts(BotShell shell) {
		return UIThread.syncExec(() -> collect(shell.widget, new StringBuilder()).toString());
	}

	private static StringBuilder collect(org.eclipse.swt.widgets.Control control, StringBuilder found) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			found.append(label.getText()).append('\n');
		} else if (control instanceof org.eclipse.swt.widgets.Text text) {
			found.append(text.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
		return found;
	}

	private CopyCataloguingView showView() {
		bot.openView(LibraryUiIds.COPY_CATALOGUING_VIEW);
		CopyCataloguingView view = UIThread.syncExec(
				() -> (CopyCataloguingView) WorkbenchBot.page().findView(LibraryUiIds.COPY_CATALOGUING_VIEW));
		UIThread.syncExec(view::loadTargets);
		return view;
	}
}
