package org.techserv.equipment.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.edit.FieldIssue;
import org.techserv.model.edit.ModelValidation;

/** The equipment model's rules, through the same validation editors and the store use. */
class EquipmentRulesTest {

	@Test
	void aMeasurementPassesInsideItsLimitsInclusive() {
		StepResult insulation = step(StepKind.MEASUREMENT, 1.0, null, "MΩ");
		assertFalse(insulation.isPassed(), "no value yet");
		insulation.setValue(0.99);
		assertFalse(insulation.isPassed());
		insulation.setValue(1.0);
		assertTrue(insulation.isPassed(), "the limit itself passes");

		StepResult earth = step(StepKind.MEASUREMENT, null, 0.5, "Ω");
		earth.setValue(0.8);
		assertFalse(earth.isPassed());

		DiagnosticRun run = Shop.EQUIPMENT.createDiagnosticRun();
		run.getSteps().add(insulation);
		run.getSteps().add(earth);
		assertFalse(run.isPassed(), "one failed step fails the run");
		earth.setValue(0.3);
		assertTrue(run.isPassed());
	}

	@Test
	void checksAndObservationsPassWhenAnswered() {
		StepResult check = step(StepKind.CHECK, null, null, null);
		assertFalse(check.isPassed());
		check.setChecked(true);
		assertTrue(check.isPassed());
		StepResult note = step(StepKind.OBSERVATION, null, null, null);
		note.setObservation("  ");
		assertFalse(note.isPassed());
		note.setObservation("Drain line clear");
		assertTrue(note.isPassed());
	}

	@Test
	void negativeStockAndQuantitiesAreRefusedNamingTheField() {
		SparePart filter = Shop.EQUIPMENT.createSparePart();
		filter.setPartNumber("F-350");
		filter.setName("Air filter");
		filter.setOnHand(-2);

		List<FieldIssue> stock = ModelValidation.check(filter);
		assertEquals("On hand: -2 is below zero; stock cannot be negative.", stock.get(0).message());

		ServiceOrder order = Shop.order(ServiceKind.REPAIR, Shop.splitAirConditioner());
		RepairLine line = Shop.EQUIPMENT.createRepairLine();
		line.setPart(filter);
		line.setQuantity(0);
		line.setLabourHours(-1);
		order.getRepairLines().add(line);
		List<String> messages = ModelValidation.check(order).stream().map(FieldIssue::message).toList();
		assertTrue(messages.contains("Quantity: 0 parts; take at least one."), messages.toString());
		assertTrue(messages.contains("Labour hours: -1.0 is below zero."), messages.toString());
	}

	@Test
	void aVisitEndingBeforeItStartsIsRefused() {
		ServiceOrder order = Shop.order(ServiceKind.REPAIR, Shop.splitAirConditioner());
		order.getVisits().add(Shop.visit(Shop.technician("Wibowo", LocalDate.of(2027, 1, 1), QualificationKind.ELECTRICIAN),
				"2026-12-10T05:00:00Z", "2026-12-10T04:00:00Z"));

		List<FieldIssue> issues = ModelValidation.check(order);

		assertEquals(1, issues.size(), issues.toString());
		assertEquals("End: the visit ends at 2026-12-10T04:00:00Z, not after it starts at 2026-12-10T05:00:00Z.",
				issues.get(0).message());
	}

	@Test
	void anOrderNeedsAKnownStatusAndACustomer() {
		ServiceOrder order = Shop.order(ServiceKind.REPAIR, Shop.splitAirConditioner());
		order.setStatus("FINISHED");
		order.setCustomer(null);

		List<String> messages = ModelValidation.check(order).stream().map(FieldIssue::message).toList();

		assertTrue(messages.contains("Status: \"FINISHED\" is not a service order status."), messages.toString());
		assertTrue(messages.contains("Customer: choose the customer."), messages.toString());
	}

	private static StepResult step(StepKind kind, Double lower, Double upper, String unit) {
		StepResult step = Shop.EQUIPMENT.createStepResult();
		step.setKind(kind);
		step.setLabel(kind.getName());
		step.setLowerLimit(lower);
		step.setUpperLimit(upper);
		step.setUnit(unit);
		return step;
	}
}
