package org.techserv.equipment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.ui.EquipmentUiIds;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditor;
import org.techserv.equipment.ui.internal.handlers.ExportReportHandler;
import org.techserv.equipment.ui.internal.views.OpenOrder;
import org.techserv.equipment.ui.internal.views.ServiceOrdersView;
import org.techserv.test.swt.BotCombo;
import org.techserv.test.swt.BotShell;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;

/**
 * The equipment shop's day in the real workbench: selling opens an installation order; an order is dispatched
 * (refusing an unlicensed technician), diagnosed, repaired with parts from stock, signed off, undone and redone,
 * saved, and read back as it was left.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ServiceOrderUITest {

	private final WorkbenchBot bot = new WorkbenchBot();

	@TempDir
	Path folder;
	private TestShop shop;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		bot.switchPerspective(EquipmentUiIds.PERSPECTIVE);
		shop = new TestShop();
	}

	@Test
	void sellingEquipmentOpensItsInstallationOrderAndListsIt() {
		String serial = "SN-" + shop.run;
		bot.executeCommand(EquipmentUiIds.SELL_COMMAND);
		BotShell wizard = bot.shell("Sell Equipment");
		var dialog = wizard.bot();
		dialog.textWithId("sell.customerSearch").setText("Hotel Uji " + shop.run);
		BotTable customers = dialog.tableWithId("sell.customers");
		bot.waitUntil(Conditions.that("the customer to be found", () -> customers.rowCount() == 1));
		customers.select(0);
		BotCombo model = dialog.comboWithId("sell.model");
		model.setSelection(model.items().stream().filter(i -> i.contains("UI-" + shop.run)).findFirst().orElseThrow());
		dialog.textWithId("sell.serial").setText(serial);
		dialog.button("Finish").click();
		bot.waitUntil(Conditions.shellCloses(wizard));

		bot.waitUntil(Conditions.that("the installation order's editor", () -> editor() != null));
		ServiceOrder installation = UIThread.syncExec(() -> editor().order());
		assertEquals("INSTALLATION", installation.getKind().getName());
		assertEquals(serial, installation.getEquipment().getSerialNumber());
		BotTable orders = bot.viewById(EquipmentUiIds.ORDERS_VIEW).bot().tableWithId(ServiceOrdersView.KEY_TABLE);
		bot.waitUntil(Conditions.that("the order list to show the new order first",
				() -> orders.rowCount() > 0 && orders.cell(0, "Number").equals(installation.getNumber())));
		assertEquals(serial, orders.cell(0, "Equipment"));
		assertEquals("New", orders.cell(0, "Status"));

		var properties = bot.openView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		bot.viewById(EquipmentUiIds.ORDERS_VIEW).show();
		orders.select(0);
		bot.waitUntil(Conditions.that("the Properties view to show the selected order",
				() -> properties.bot().tree().rootItems(1).contains(installation.getNumber())));
	}

	@Test
	void anOrderIsDispatchedDiagnosedRepairedSignedSavedAndReadBack() throws Exception {
		ServiceOrder sold = shop.sold("SN-" + shop.run + "-2");
		UIThread.syncExec(() -> OpenOrder.open(WorkbenchBot.page(), sold.getId(), sold.getNumber()));
		bot.waitUntil(Conditions.that("the order editor", () -> editor() != null));
		ServiceOrderEditor editor = UIThread.syncExec(this::editor);
		bot.tabItem("Training").activate();
		bot.textWithId("training.attendees").setFocus();
		var topics = bot.textWithId("training.topics");
		topics.setFocus(); // leaves an empty field of a training not recorded
		bot.waitUntil(Conditions.that("the focus to move", () -> UIThread.syncExec(() -> topics.widget.isFocusControl())));
		UIThread.flush();
		assertFalse(value(editor::isDirty), "passing through empty fields changes nothing");
		assertNull(value(() -> editor.order().getTraining()));

		// dispatch: the electrician lacks the heating/cooling licence the installation needs
		bot.tabItem("Visits and dispatch").activate();
		bot.buttonWithId("visits.add").click();
		bot.waitUntil(Conditions.that("a visit", () -> value(() -> editor.order().getVisits().size()) == 1));
		BotCombo technician = bot.comboWithId("visit.technician");
		technician.setSelection(shop.electrician.getDisplayName());
		assertTrue(value(editor::notice).contains("holds no heating cooling licence"), value(editor::notice));
		assertNull(value(() -> editor.order().getVisits().get(0).getTechnician()), "the refused technician is not set");
		technician.setSelection(shop.coolingTechnician.getDisplayName());
		bot.waitUntil(Conditions.that("the qualified technician on the visit",
				() -> value(() -> editor.order().getVisits().get(0).getTechnician()) != null));
		assertEquals(shop.coolingTechnician.getId(), value(() -> editor.order().getVisits().get(0).getTechnician().getId()));

		// diagnose: a suction pressure below its limit fails the step and the run
		bot.tabItem("Diagnostics").activate();
		bot.comboWithId("diagnostics.procedure").setSelection("Refrigeration circuit check");
		bot.buttonWithId("diagnostics.start").click();
		BotTable steps = bot.tableWithId("diagnostics.steps");
		bot.waitUntil(Conditions.that("the procedure's steps", () -> steps.rowCount() == 8));
		steps.select(0);
		bot.textWithId("step.value").typeText("3.1");
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.valueIs("the suction step's result", "FAIL", () -> steps.cell(0, "Result")));
		assertEquals("3.1 bar", steps.cell(0, "Reading"));

		// repair: two capacitors from stock
		bot.tabItem("Repair and parts").activate();
		BotCombo part = bot.comboWithId("repair.part");
		part.setSelection(part.items().stream().filter(i -> i.startsWith(shop.capacitor.getPartNumber())).findFirst().orElseThrow());
		bot.textWithId("repair.quantity").setText("2");
		bot.buttonWithId("repair.add").click();
		bot.waitUntil(Conditions.that("the repair line", () -> bot.tableWithId("repair.lines").rowCount() == 1));
		save(editor);
		assertEquals(3, shop.store.parts().load(shop.capacitor.getId()).getOnHand(), "two capacitors left the shelf");

		// the workflow, one saved step at a time; completing needs the customer's sign-off
		bot.tabItem("Overview").activate();
		BotCombo status = bot.comboWithId("order.status");
		for (String next : new String[] { "Scheduled", "Dispatched", "In progress" }) {
			status.setSelection(next);
			save(editor);
		}
		status.setSelection("Completed");
		assertTrue(value(editor::notice).contains("sign-off"), value(editor::notice));
		assertEquals("IN_PROGRESS", value(() -> editor.order().getStatus()));
		bot.textWithId("signoff.by").typeText("Ibu Sari");
		bot.pressShortcut(SWT.NONE, SWT.CR);
		bot.waitUntil(Conditions.that("the sign-off", () -> value(() -> editor.order().getSignOff()) != null));
		status.setSelection("Completed");
		assertEquals("COMPLETED", value(() -> editor.order().getStatus()));

		// undo and redo with the keyboard (Ctrl+Z, and Ctrl+Shift+Z as GTK binds redo)
		focus(editor);
		bot.pressShortcut(SWT.MOD1, 'z');
		bot.waitUntil(Conditions.valueIs("the status after undo", "IN_PROGRESS", () -> value(() -> editor.order().getStatus())));
		bot.pressShortcut(SWT.MOD1 | SWT.MOD2, 'z');
		bot.waitUntil(Conditions.valueIs("the status after redo", "COMPLETED", () -> value(() -> editor.order().getStatus())));
		save(editor);

		// closed and opened again: everything as left
		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		UIThread.syncExec(() -> OpenOrder.open(WorkbenchBot.page(), sold.getId(), sold.getNumber()));
		bot.waitUntil(Conditions.that("the order editor again", () -> editor() != null));
		ServiceOrder reopened = UIThread.syncExec(() -> editor().order());
		assertEquals("COMPLETED", reopened.getStatus());
		assertEquals("Ibu Sari", reopened.getSignOff().getSignedBy());
		assertEquals(shop.coolingTechnician.getId(), reopened.getVisits().get(0).getTechnician().getId());
		DiagnosticRun run = reopened.getDiagnosticRuns().get(0);
		assertEquals(3.1, run.getSteps().get(0).getValue());
		assertFalse(run.isPassed());
		assertEquals(2, reopened.getRepairLines().get(0).getQuantity());
		assertEquals(shop.coolingTechnician.getId(), reopened.getAssignee().getId(), "assigned to the visit's technician");

		// the service report, read back from the PDF
		Path pdf = folder.resolve(sold.getNumber() + ".pdf");
		bot.executeCommand("org.techserv.equipment.ui.commands.exportReport",
				Map.of(ExportReportHandler.FILE, pdf.toString()));
		bot.waitUntil(Conditions.that("the report file", () -> Files.isRegularFile(pdf)));
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains("SN-" + shop.run + "-2"), "the serial number:\n" + text);
		assertTrue(text.contains("Suction pressure"), text);
		assertTrue(text.lines().anyMatch(l -> l.contains("Suction pressure") && l.contains("3.1") && l.contains("FAIL")),
				"the failed measurement on one line:\n" + text);
		assertTrue(text.contains("Ibu Sari"), text);
	}

	@Test
	void aMaintenancePlanIsSetForEquipmentInTheRegistry() throws Exception {
		ServiceOrder sold = shop.sold("SN-" + shop.run + "-3");
		long unit = sold.getEquipment().getId();
		var registry = bot.openView(EquipmentUiIds.REGISTRY_VIEW);
		registry.bot().textWithId("registry.filter").setText("SN-" + shop.run + "-3");
		BotTable units = registry.bot().tableWithId("registry.table");
		bot.waitUntil(Conditions.that("the equipment in the registry", () -> units.rowCount() == 1));
		units.select(0);
		bot.executeCommand("org.techserv.equipment.ui.commands.planMaintenance");
		BotShell dialog = bot.shell("Maintenance Plan");
		dialog.bot().textWithId("plan.interval").setText("0");
		assertFalse(dialog.bot().button("OK").isEnabled(), "no plan every 0 days");
		dialog.bot().textWithId("plan.interval").setText("90");
		dialog.bot().textWithId("plan.nextDue").setText("2027-03-01");
		dialog.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(dialog));

		var plans = shop.store.plans().ofEquipment(unit);
		assertEquals(1, plans.size());
		assertEquals(90, plans.get(0).getIntervalDays());
		assertEquals(java.time.LocalDate.of(2027, 3, 1), plans.get(0).getNextDue());
	}

	private void save(ServiceOrderEditor editor) {
		focus(editor);
		bot.pressShortcut(SWT.MOD1, 's');
		bot.waitUntil(Conditions.that("the order to be saved: " + value(editor::notice), () -> !value(editor::isDirty)));
	}

	/** Keys go to the editor, as after a click into it. */
	private static void focus(ServiceOrderEditor editor) {
		UIThread.syncExec(() -> {
			editor.getSite().getShell().forceActive();
			editor.setFocus();
		});
	}

	private ServiceOrderEditor editor() {
		return UIThread.syncExec(() -> {
			IEditorPart part = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			return part instanceof ServiceOrderEditor editor ? editor : null;
		});
	}

	private static <T> T value(Supplier<T> read) {
		return UIThread.syncExec(read::get);
	}
}
