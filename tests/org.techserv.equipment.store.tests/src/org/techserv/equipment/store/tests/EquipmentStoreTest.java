package org.techserv.equipment.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentStatus;
import org.techserv.equipment.model.MaintenancePlan;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.model.TrainingSession;
import org.techserv.equipment.store.EquipmentStore;
import org.techserv.equipment.store.EquipmentStore.Sale;
import org.techserv.equipment.store.OrderFilter;
import org.techserv.equipment.store.OrderRow;
import org.techserv.equipment.store.VisitRow;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.AuditEntry;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.ValidationException;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** The equipment shop's records on a real embedded database: what a user saves is what comes back. */
class EquipmentStoreTest {

	private static final LocalDate SOLD_ON = LocalDate.of(2026, 11, 2);

	@TempDir
	Path folder;

	private EmbeddedDerby database;
	private EquipmentStore store;
	private PartyRepository parties;
	private EquipmentModel model;
	private Organisation customer;
	private Person technician;

	@BeforeEach
	void open() throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		store = new EquipmentStore(database);
		parties = new PartyRepository(database);
		model = store.models().save(ShopData.airConditioner("FTKC35"));
		customer = (Organisation) parties.save(ShopData.customer("Hotel Savoy Homann"));
		technician = (Person) parties.save(
				ShopData.technician("Wibowo", QualificationKind.ELECTRICIAN, QualificationKind.HEATING_COOLING));
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void catalogueEntriesKeepTheLicencesTheyNeed() throws Exception {
		EquipmentModel loaded = store.models().load(model.getId());

		assertEquals("FTKC35", loaded.getModelNumber());
		assertEquals(List.of(QualificationKind.ELECTRICIAN, QualificationKind.HEATING_COOLING),
				loaded.getInstallRequires());
		assertEquals(List.of(QualificationKind.HEATING_COOLING), loaded.getRepairRequires());
		assertEquals(90, loaded.getMaintenanceIntervalDays());
		assertEquals(1, store.models().all().size());
	}

	@Test
	void theSameModelTwiceIsRefusedNamingTheModelNumber() {
		ValidationException refused = assertThrows(ValidationException.class,
				() -> store.models().save(ShopData.airConditioner("FTKC35")));

		assertEquals("Model number: FTKC35 by Daikin is already in the catalogue.", refused.getMessage());
		assertEquals("Model number", refused.problems().get(0).field());
	}

	@Test
	void sellingRegistersTheEquipmentAndOpensItsInstallationOrder() throws Exception {
		Sale sale = store.sell(customer, model, "FTKC35-000123", ShopData.site("Jl. Asia Afrika 112", "Bandung"),
				SOLD_ON);

		CustomerEquipment unit = store.equipment().load(sale.equipment().getId());
		assertEquals(EquipmentStatus.SOLD, unit.getStatus());
		assertEquals("Hotel Savoy Homann", unit.getCustomer().getDisplayName());
		assertEquals("FTKC35", unit.getModel().getModelNumber());
		assertEquals("Bandung", unit.getSite().getCity());

		ServiceOrder installation = store.orders().load(sale.installation().getId());
		assertEquals(ServiceKind.INSTALLATION, installation.getKind());
		assertEquals("NEW", installation.getStatus());
		assertTrue(installation.getNumber().matches("SO-\\d{6}"), installation.getNumber());
		assertEquals(SOLD_ON.plusDays(EquipmentStore.INSTALL_WITHIN_DAYS), installation.getDueDate());
		assertEquals(unit.getId(), installation.getEquipment().getId());
		assertEquals("Install Split air conditioner 1.5 PK (FTKC35-000123)", installation.getTitle());
		assertEquals(List.of(unit.getSerialNumber()),
				store.equipment().ofCustomer(customer.getId()).stream().map(CustomerEquipment::getSerialNumber).toList());
	}

	@Test
	void aDuplicateSerialNumberRefusesTheSaleAndOpensNoOrder() throws Exception {
		store.sell(customer, model, "FTKC35-000123", null, SOLD_ON);
		long orders = store.orders().count();

		ValidationException refused = assertThrows(ValidationException.class,
				() -> store.sell(customer, model, "FTKC35-000123", null, SOLD_ON));

		assertEquals("Serial number: FTKC35-000123 is already registered for this model.", refused.getMessage());
		assertEquals(orders, store.orders().count(), "no installation order for the refused sale");
		assertEquals(1, store.equipment().ofCustomer(customer.getId()).size());
	}

	@Test
	void anOrderComesBackWithVisitsMeasurementsPartsTrainingAndSignOff() throws Exception {
		SparePart capacitor = store.parts().save(ShopData.part("CAP-35", 5));
		ServiceOrder order = store.sell(customer, model, "FTKC35-000124", null, SOLD_ON).installation();
		order.getVisits().add(ShopData.visit(technician, "2026-11-10T02:00:00Z", "2026-11-10T05:30:00Z"));
		order.getDiagnosticRuns().add(run("refrigeration", 3.1));
		order.getRepairLines().add(ShopData.line(capacitor, 2));
		TrainingSession training = ShopData.EQUIPMENT.createTrainingSession();
		training.getAttendees().addAll(List.of("Ibu Sari", "Pak Dedi"));
		training.getTopics().addAll(List.of("Remote control", "Filter cleaning"));
		training.setDurationMinutes(45);
		training.setCustomerSignedBy("Ibu Sari");
		training.setCustomerSignedOn(LocalDate.of(2026, 11, 10));
		order.setTraining(training);
		store.orders().save(order);

		ServiceOrder loaded = store.orders().load(order.getId());

		assertEquals(1, loaded.getVisits().size());
		assertEquals("Wibowo", ((Person) loaded.getVisits().get(0).getTechnician()).getFamilyName());
		assertEquals(Instant.parse("2026-11-10T05:30:00Z"), loaded.getVisits().get(0).getEnd());
		DiagnosticRun run = loaded.getDiagnosticRuns().get(0);
		assertEquals(List.of("Suction pressure", "Filters clean", "Noise"),
				run.getSteps().stream().map(StepResult::getLabel).toList());
		assertEquals(3.1, run.getSteps().get(0).getValue());
		assertEquals(Boolean.TRUE, run.getSteps().get(1).getChecked());
		assertFalse(run.getSteps().get(0).isPassed(), "3.1 bar is below the 4.0 bar limit");
		assertFalse(run.isPassed());
		assertEquals("CAP-35", loaded.getRepairLines().get(0).getPart().getPartNumber());
		assertEquals(1.5, loaded.getRepairLines().get(0).getLabourHours());
		assertEquals(List.of("Remote control", "Filter cleaning"), loaded.getTraining().getTopics());
		assertEquals(45, loaded.getTraining().getDurationMinutes());
		assertNull(loaded.getSignOff());
	}

	@Test
	void partsTakenLeaveStockAndPartsGivenBackReturn() throws Exception {
		SparePart capacitor = store.parts().save(ShopData.part("CAP-35", 5));
		ServiceOrder order = store.sell(customer, model, "FTKC35-000125", null, SOLD_ON).installation();

		order.getRepairLines().add(ShopData.line(capacitor, 3));
		store.orders().save(order);
		assertEquals(2, store.parts().load(capacitor.getId()).getOnHand());

		order.getRepairLines().get(0).setQuantity(1);
		store.orders().save(order);
		assertEquals(4, store.parts().load(capacitor.getId()).getOnHand());

		List<AuditEntry> history = store.parts().history(capacitor.getId());
		assertEquals(List.of("5→2", "2→4"), history.stream().filter(e -> "ON_HAND".equals(e.field()))
				.map(e -> e.oldValue() + "→" + e.newValue()).toList());

		store.orders().delete(order);
		assertEquals(5, store.parts().load(capacitor.getId()).getOnHand(), "removing the order returns its parts");
	}

	@Test
	void takingMoreThanIsInStockIsRefusedAndNothingIsSaved() throws Exception {
		SparePart capacitor = store.parts().save(ShopData.part("CAP-35", 5));
		ServiceOrder order = store.sell(customer, model, "FTKC35-000126", null, SOLD_ON).installation();
		order.getRepairLines().add(ShopData.line(capacitor, 2));
		store.orders().save(order);
		int version = order.getVersion();

		order.getRepairLines().get(0).setQuantity(9);
		order.setTitle("Changed with the refused save");
		ValidationException refused = assertThrows(ValidationException.class, () -> store.orders().save(order));

		assertEquals("Quantity: only 3 of part CAP-35 in stock, 4 more needed.", refused.getMessage());
		assertEquals("Quantity", refused.problems().get(0).field());
		assertEquals(3, store.parts().load(capacitor.getId()).getOnHand());
		ServiceOrder stored = store.orders().load(order.getId());
		assertEquals(2, stored.getRepairLines().get(0).getQuantity());
		assertFalse(stored.getTitle().startsWith("Changed"));
		assertEquals(version, order.getVersion(), "the record in hand keeps its version to save again");
	}

	@Test
	void onlyTheWorkflowsStatusMovesAreSaved() throws Exception {
		ServiceOrder order = store.sell(customer, model, "FTKC35-000127", null, SOLD_ON).installation();

		order.setStatus(OrderStatus.COMPLETED.getName());
		ValidationException jump = assertThrows(ValidationException.class, () -> store.orders().save(order));
		assertEquals("Status: order " + order.getNumber() + " cannot go from new to completed.", jump.getMessage());
		assertEquals("NEW", store.orders().load(order.getId()).getStatus());

		for (OrderStatus next : List.of(OrderStatus.SCHEDULED, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS)) {
			order.setStatus(next.getName());
			store.orders().save(order);
		}
		order.setStatus(OrderStatus.COMPLETED.getName());
		ValidationException unsigned = assertThrows(ValidationException.class, () -> store.orders().save(order));
		assertTrue(unsigned.getMessage().contains("sign-off"), unsigned.getMessage());

		SignOff signOff = ShopData.EQUIPMENT.createSignOff();
		signOff.setSignedBy("Ibu Sari");
		signOff.setSignedAt(Instant.parse("2026-11-10T06:00:00Z"));
		signOff.setComment("Cooling fine");
		order.setSignOff(signOff);
		store.orders().save(order);

		ServiceOrder loaded = store.orders().load(order.getId());
		assertEquals("COMPLETED", loaded.getStatus());
		assertEquals("Ibu Sari", loaded.getSignOff().getSignedBy());
		assertEquals(Instant.parse("2026-11-10T06:00:00Z"), loaded.getSignOff().getSignedAt());
		List<String> statuses = store.orders().history(order.getId()).stream()
				.filter(e -> "STATUS".equals(e.field())).map(AuditEntry::newValue).toList();
		assertEquals(List.of("SCHEDULED", "DISPATCHED", "IN_PROGRESS", "COMPLETED"), statuses);
	}

	@Test
	void aNewOrderStartsAsNew() throws Exception {
		ServiceOrder order = ShopData.EQUIPMENT.createServiceOrder();
		order.setKind(ServiceKind.REPAIR);
		order.setCustomer(customer);
		order.setTitle("Unit leaks water");
		order.setStatus(OrderStatus.DISPATCHED.getName());

		ValidationException refused = assertThrows(ValidationException.class, () -> store.orders().save(order));

		assertTrue(refused.getMessage().contains("starts as new, not dispatched"), refused.getMessage());
		assertEquals(0, order.getId(), "the refused order stays unsaved");
	}

	@Test
	void aVisitEndingBeforeItStartsIsRefusedNamingTheEnd() throws Exception {
		ServiceOrder order = store.sell(customer, model, "FTKC35-000128", null, SOLD_ON).installation();
		order.getVisits().add(ShopData.visit(technician, "2026-11-10T05:00:00Z", "2026-11-10T04:00:00Z"));

		ValidationException refused = assertThrows(ValidationException.class, () -> store.orders().save(order));

		assertEquals("End", refused.problems().get(0).field());
		assertTrue(store.orders().load(order.getId()).getVisits().isEmpty());
	}

	@Test
	void aTechnicianWithoutTheLicencesTheOrderNeedsCannotBePutOnAVisit() throws Exception {
		Person electrician = (Person) parties.save(ShopData.technician("Santoso", QualificationKind.ELECTRICIAN));
		ServiceOrder order = store.sell(customer, model, "FTKC35-000131", null, SOLD_ON).installation();
		order.getVisits().add(ShopData.visit(electrician, "2026-11-12T02:00:00Z", "2026-11-12T04:00:00Z"));

		ValidationException refused = assertThrows(ValidationException.class, () -> store.orders().save(order));

		assertEquals("Technician", refused.problems().get(0).field());
		assertEquals("Agus Santoso holds no heating cooling licence, which this order needs.", refused.getMessage());
		assertTrue(store.orders().load(order.getId()).getVisits().isEmpty());

		order.getVisits().get(0).setTechnician(technician);
		store.orders().save(order);
		assertEquals("Wibowo", ((Person) store.orders().load(order.getId()).getVisits().get(0).getTechnician())
				.getFamilyName());
	}

	@Test
	void dueMaintenancePlansOpenOneOrderEachAndMoveOn() throws Exception {
		CustomerEquipment unit = store.sell(customer, model, "FTKC35-000129", null, SOLD_ON).equipment();
		MaintenancePlan plan = ShopData.EQUIPMENT.createMaintenancePlan();
		plan.setEquipment(unit);
		plan.setIntervalDays(90);
		plan.setNextDue(LocalDate.of(2026, 11, 20));
		plan.setActive(true);
		store.plans().save(plan);

		assertTrue(store.openDueMaintenance(LocalDate.of(2026, 11, 19)).isEmpty(), "not due yet");
		List<ServiceOrder> opened = store.openDueMaintenance(LocalDate.of(2026, 11, 28));
		assertEquals(1, opened.size());
		ServiceOrder order = store.orders().load(opened.get(0).getId());
		assertEquals(ServiceKind.PREVENTIVE_MAINTENANCE, order.getKind());
		assertEquals(LocalDate.of(2026, 11, 20), order.getDueDate());
		assertEquals(unit.getId(), order.getEquipment().getId());
		assertEquals(LocalDate.of(2027, 2, 18), store.plans().load(plan.getId()).getNextDue());
		assertTrue(store.openDueMaintenance(LocalDate.of(2026, 11, 28)).isEmpty(), "one order per due date");
	}

	@Test
	void orderListsFilterByStatusKindCustomerAndTechnicianNewestFirst() throws Exception {
		Organisation other = (Organisation) parties.save(ShopData.customer("RS Hasan Sadikin"));
		ServiceOrder first = store.sell(customer, model, "FTKC35-000140", null, SOLD_ON).installation();
		ServiceOrder second = store.sell(other, model, "FTKC35-000141", null, SOLD_ON).installation();
		second.getVisits().add(ShopData.visit(technician, "2026-11-12T02:00:00Z", "2026-11-12T04:00:00Z"));
		second.setAssignee(technician);
		second.setStatus(OrderStatus.SCHEDULED.getName());
		store.orders().save(second);

		long[] all = store.queries().ids(OrderFilter.all());
		assertEquals(2, all.length);
		assertEquals(second.getId(), all[0], "newest first");
		assertEquals(List.of(second.getNumber()), numbers(new OrderFilter(Set.of(OrderStatus.SCHEDULED), Set.of(), 0, "")));
		assertEquals(List.of(first.getNumber()), numbers(new OrderFilter(Set.of(), Set.of(), 0, "savoy")));
		assertEquals(List.of(second.getNumber()), numbers(new OrderFilter(Set.of(), Set.of(), technician.getId(), "")));
		assertTrue(numbers(new OrderFilter(Set.of(), Set.of(ServiceKind.REPAIR), 0, "")).isEmpty());

		OrderRow row = store.queries().rows(all, 0, 1).get(0);
		assertEquals("RS Hasan Sadikin", row.customer());
		assertEquals("FTKC35-000141", row.equipment());
		assertEquals("Wibowo, Agus", row.technician());
		assertEquals(OrderStatus.SCHEDULED, row.status());

		List<VisitRow> week = store.queries().visits(Instant.parse("2026-11-09T00:00:00Z"), Instant.parse("2026-11-16T00:00:00Z"));
		assertEquals(1, week.size());
		assertEquals(technician.getId(), week.get(0).technicianId());
		assertTrue(store.queries().visits(Instant.parse("2026-11-12T04:00:00Z"), Instant.parse("2026-11-13T00:00:00Z"))
				.isEmpty(), "a visit ending when the period starts is not in it");
	}

	private List<String> numbers(OrderFilter filter) throws Exception {
		long[] ids = store.queries().ids(filter);
		return store.queries().rows(ids, 0, ids.length).stream().map(OrderRow::number).toList();
	}

	@Test
	void orderChangesAreInTheAuditTrail() throws Exception {
		ServiceOrder order = store.sell(customer, model, "FTKC35-000130", null, SOLD_ON).installation();
		order.getDiagnosticRuns().add(run("refrigeration", 4.5));
		store.orders().save(order);

		List<AuditEntry> history = store.orders().history(order.getId());

		AuditEntry runs = history.stream().filter(e -> "DIAGNOSTIC_RUNS".equals(e.field())).findFirst().orElseThrow();
		assertNotNull(runs.newValue());
		assertTrue(runs.newValue().contains("MEASURED=4.5"), runs.newValue());
	}

	private DiagnosticRun run(String procedure, double suction) {
		DiagnosticRun run = ShopData.EQUIPMENT.createDiagnosticRun();
		run.setProcedureId(procedure);
		run.setProcedureName("Refrigeration check");
		run.setPerformedBy(technician);
		run.setPerformedAt(Instant.parse("2026-11-10T03:00:00Z"));
		StepResult pressure = ShopData.EQUIPMENT.createStepResult();
		pressure.setStepId("suction");
		pressure.setLabel("Suction pressure");
		pressure.setKind(StepKind.MEASUREMENT);
		pressure.setUnit("bar");
		pressure.setLowerLimit(4.0);
		pressure.setUpperLimit(5.5);
		pressure.setValue(suction);
		StepResult filters = ShopData.EQUIPMENT.createStepResult();
		filters.setStepId("filters");
		filters.setLabel("Filters clean");
		filters.setKind(StepKind.CHECK);
		filters.setChecked(true);
		StepResult noise = ShopData.EQUIPMENT.createStepResult();
		noise.setStepId("noise");
		noise.setLabel("Noise");
		noise.setKind(StepKind.OBSERVATION);
		noise.setObservation("Rattle from the outdoor fan at start-up");
		run.getSteps().addAll(List.of(pressure, filters, noise));
		return run;
	}
}
