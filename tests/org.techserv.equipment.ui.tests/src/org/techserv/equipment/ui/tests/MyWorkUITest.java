package org.techserv.equipment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.Visit;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditor;
import org.techserv.equipment.ui.internal.work.CustomerHistoryPage;
import org.techserv.model.core.Priority;
import org.techserv.test.swt.BotCombo;
import org.techserv.test.swt.BotTable;
import org.techserv.test.swt.Conditions;
import org.techserv.test.swt.ScreenshotOnFailure;
import org.techserv.test.swt.UIThread;
import org.techserv.test.swt.WorkbenchBot;
import org.techserv.ui.work.MyWorkIds;
import org.techserv.workbench.WorkbenchIds;

/**
 * A technician's day in My Work: today's visit at its time, then the orders due today (urgent first), then
 * tomorrow's; Enter opens the order's editor, whose Customer History page lists the customer's other orders.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MyWorkUITest {

	private final WorkbenchBot bot = new WorkbenchBot();
	private TestShop shop;

	@BeforeEach
	void start() throws Exception {
		bot.workbenchShell();
		bot.resetWorkbench();
		UIThread.syncExec(() -> WorkbenchBot.page().closeAllEditors(false));
		bot.switchPerspective(WorkbenchIds.HOME_PERSPECTIVE);
		shop = new TestShop();
	}

	@Test
	void myVisitsAndOrdersAreListedDueFirstAndEnterOpensTheOrder() throws Exception {
		LocalDate today = LocalDate.now();
		ServiceOrder visitToday = shop.sold("SN-" + shop.run + "-V");
		visitToday.setAssignee(shop.coolingTechnician);
		visitToday.setDueDate(today.plusDays(3));
		Visit visit = EquipmentFactory.eINSTANCE.createVisit();
		visit.setTechnician(shop.coolingTechnician);
		visit.setStart(today.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
		visit.setEnd(today.atTime(11, 0).atZone(ZoneId.systemDefault()).toInstant());
		visitToday.getVisits().add(visit);
		visitToday.setStatus("SCHEDULED");
		visitToday = shop.store.orders().save(visitToday);
		ServiceOrder urgentToday = assigned(shop.sold("SN-" + shop.run + "-U"), today, Priority.URGENT);
		ServiceOrder normalToday = assigned(shop.sold("SN-" + shop.run + "-N"), today, Priority.NORMAL);
		ServiceOrder tomorrow = assigned(shop.sold("SN-" + shop.run + "-T"), today.plusDays(1), Priority.HIGH);

		var view = bot.viewById(MyWorkIds.VIEW).show(); // open in the Home perspective
		BotTable work = view.bot().tableWithId(MyWorkIds.KEY_TABLE);
		work.pressShortcut(0, SWT.F5); // the technician and the orders are newer than the list
		BotCombo me = view.bot().comboWithId(MyWorkIds.KEY_STAFF);
		String technician = shop.coolingTechnician.getFamilyName() + ", " + shop.coolingTechnician.getGivenName();
		bot.waitUntil(Conditions.that("the staff to be offered by sort name", () -> me.items().contains(technician)));
		me.setSelection(technician);
		List<String> expected = List.of(visitToday.getNumber(), urgentToday.getNumber(), normalToday.getNumber(),
				tomorrow.getNumber());
		bot.waitUntil(
				Conditions.that("my four orders in My Work", () -> work.cellsAmong("Number", expected).size() == 4));

		assertEquals(expected, work.cellsAmong("Number", expected),
				"the visit at 09:00, today's urgent, today's normal, tomorrow's");
		int visitRow = work.indexOf(visitToday.getNumber(), 3);
		assertEquals("Visit", work.cell(visitRow, "Kind"));
		assertEquals("today 09:00", work.cell(visitRow, "Due"));
		assertEquals(technician, work.cell(work.indexOf(tomorrow.getNumber(), 3), "Assigned to"));

		work.select(work.indexOf(urgentToday.getNumber(), 3));
		work.pressShortcut(0, SWT.CR);
		String number = urgentToday.getNumber();
		bot.waitUntil(Conditions.that("the urgent order's editor", () -> number.equals(openOrder())));

		bot.tabItem("Customer History").activate();
		BotTable history = bot.tableWithId(CustomerHistoryPage.KEY_TABLE);
		bot.waitUntil(Conditions.that("the customer's other orders", () -> history.rowCount() == 3));
		for (String other : List.of(visitToday.getNumber(), normalToday.getNumber(), tomorrow.getNumber())) {
			assertTrue(history.indexOf(other, 0) >= 0, other + " in the history");
		}
		assertEquals(-1, history.indexOf(number, 0), "the order itself is not its own history");
	}

	@Test
	void workSavedElsewhereComesAndGoesWithoutRefreshAndTheSelectedRowStaysSelected() throws Exception {
		LocalDate today = LocalDate.now();
		ServiceOrder mine = assigned(shop.sold("SN-" + shop.run + "-M"), today, Priority.NORMAL);
		var view = bot.viewById(MyWorkIds.VIEW).show();
		BotTable work = view.bot().tableWithId(MyWorkIds.KEY_TABLE);
		work.pressShortcut(0, SWT.F5); // the technician is newer than the staff list
		BotCombo me = view.bot().comboWithId(MyWorkIds.KEY_STAFF);
		String technician = shop.coolingTechnician.getFamilyName() + ", " + shop.coolingTechnician.getGivenName();
		bot.waitUntil(Conditions.that("the technician to be offered", () -> me.items().contains(technician)));
		me.setSelection(technician);
		bot.waitUntil(Conditions.that("my order in My Work", () -> work.indexOf(mine.getNumber(), 3) >= 0));
		work.select(work.indexOf(mine.getNumber(), 3));

		// saved by someone else in the same workbench (an editor, the dispatch board): through the store, no F5
		ServiceOrder urgent = assigned(shop.sold("SN-" + shop.run + "-E"), today, Priority.URGENT);
		String number = urgent.getNumber();
		bot.waitUntil(Conditions.that("the urgent order to come by itself", () -> work.indexOf(number, 3) >= 0));
		assertTrue(work.indexOf(number, 3) < work.indexOf(mine.getNumber(), 3), "urgent first");
		assertEquals(mine.getNumber(), work.cell(work.selectionIndex(), "Number"), "the selected row stays selected");

		urgent.setStatus(OrderStatus.CANCELLED.getName()); // nothing left to do
		shop.store.orders().save(urgent);
		bot.waitUntil(Conditions.that("the cancelled order to leave by itself", () -> work.indexOf(number, 3) < 0));
		assertEquals(mine.getNumber(), work.cell(work.selectionIndex(), "Number"), "the selected row stays selected");
	}

	private ServiceOrder assigned(ServiceOrder order, LocalDate due, Priority priority) throws Exception {
		order.setAssignee(shop.coolingTechnician);
		order.setDueDate(due);
		order.setPriority(priority);
		return shop.store.orders().save(order);
	}

	private String openOrder() {
		return UIThread.syncExec(() -> {
			IEditorPart editor = WorkbenchBot.page().getActiveEditor();
			return editor instanceof ServiceOrderEditor order ? order.order().getNumber() : null;
		});
	}
}
