package org.techserv.equipment.diagnostics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.techserv.equipment.diagnostics.DiagnosticProcedures;
import org.techserv.equipment.diagnostics.DiagnosticProcedures.Reading;
import org.techserv.equipment.diagnostics.Procedure;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;

/** Procedures as contributed through the extension point, in a running platform. */
class DiagnosticProceduresTest {

	@Test
	void theTwoInTreeProceduresAreInstalledWithTheirStepsInOrder() {
		Procedure electrical = DiagnosticProcedures.find("org.techserv.electrical-safety");
		Procedure refrigeration = DiagnosticProcedures.find("org.techserv.refrigeration-check");

		assertNotNull(electrical);
		assertNotNull(refrigeration);
		assertEquals("Electrical safety test", electrical.name(), "labels come translated from plugin.properties");
		assertEquals(List.of("insulation", "earth", "leakage", "rcd", "cable", "visual"),
				electrical.steps().stream().map(s -> s.id()).toList());
		assertEquals(StepKind.MEASUREMENT, electrical.steps().get(0).kind());
		assertEquals("MΩ", electrical.steps().get(0).unit());
		assertEquals(1.0, electrical.steps().get(0).lower());
		assertEquals(null, electrical.steps().get(0).upper());
		assertEquals("org.techserv.equipment.diagnostics", refrigeration.contributor());
	}

	@Test
	void proceduresAreOfferedForTheEquipmentTheyNameOnly() {
		List<String> forAirConditioner = DiagnosticProcedures.applicableTo(unit("Daikin", "FTKC35", "AIR_CONDITIONER"))
				.stream().map(Procedure::id).toList();
		List<String> forGenerator = DiagnosticProcedures.applicableTo(unit("Honda", "EU22i", "GENERATOR")).stream()
				.map(Procedure::id).toList();
		List<String> forForklift = DiagnosticProcedures.applicableTo(unit("TOYOTA", "8fbe15", "FORKLIFT")).stream()
				.map(Procedure::id).toList();

		assertEquals(List.of("org.techserv.electrical-safety", "org.techserv.refrigeration-check"), forAirConditioner);
		assertEquals(List.of("org.techserv.electrical-safety"), forGenerator);
		assertEquals(List.of("test.forklift-brakes"), forForklift, "model match ignores case");
	}

	@Test
	void aStartedRunCopiesTheStepsAndFailsWhenAReadingLeavesItsLimits() {
		DiagnosticRun run = DiagnosticProcedures.find("org.techserv.refrigeration-check").start(null,
				Instant.parse("2026-11-10T03:00:00Z"));

		assertEquals("Refrigeration circuit check", run.getProcedureName());
		assertEquals(8, run.getSteps().size());
		for (StepResult step : run.getSteps()) {
			switch (step.getKind()) {
			case MEASUREMENT -> step.setValue((step.getLowerLimit() + step.getUpperLimit()) / 2);
			case CHECK -> step.setChecked(true);
			case OBSERVATION -> step.setObservation("Quiet");
			}
		}
		assertTrue(run.isPassed(), "every reading inside its limits");

		StepResult superheat = run.getSteps().get(2);
		superheat.setValue(8.0);
		assertTrue(run.isPassed(), "the upper limit itself passes");
		superheat.setValue(12.5);
		assertFalse(superheat.isPassed());
		assertFalse(run.isPassed());
	}

	@Test
	void brokenContributionsAreLeftOutNamingBundleProcedureAndFault() {
		Reading reading = DiagnosticProcedures.read(Platform.getExtensionRegistry());

		List<String> ids = reading.procedures().stream().map(Procedure::id).toList();
		assertFalse(ids.contains("test.reversed-limits"));
		assertFalse(ids.contains("test.comma-decimal"));
		assertFalse(ids.contains("test.no-steps"));
		assertEquals(1, ids.stream().filter("org.techserv.electrical-safety"::equals).count());
		assertEquals("Electrical safety test", DiagnosticProcedures.find("org.techserv.electrical-safety").name(),
				"the first contribution of an id wins");
		String bundle = "org.techserv.equipment.diagnostics.tests";
		assertTrue(reading.problems().contains("Diagnostic procedure test.reversed-limits from " + bundle
				+ " is left out: measurement volts has its lower limit 244.0 above its upper limit 216.0."),
				String.join("\n", reading.problems()));
		assertTrue(reading.problems().contains("Diagnostic procedure test.comma-decimal from " + bundle
				+ " is left out: measurement hz: lower \"49,5\" is not a number (write decimals with a point, e.g. 1.5)."),
				String.join("\n", reading.problems()));
		assertTrue(reading.problems().stream().anyMatch(p -> p.contains("test.no-steps") && p.contains("no steps")));
		assertTrue(reading.problems().stream()
				.anyMatch(p -> p.contains("org.techserv.electrical-safety from " + bundle) && p.contains("already")));
	}

	private static CustomerEquipment unit(String manufacturer, String modelNumber, String category) {
		EquipmentModel model = EquipmentFactory.eINSTANCE.createEquipmentModel();
		model.setManufacturer(manufacturer);
		model.setModelNumber(modelNumber);
		model.setCategory(category);
		CustomerEquipment unit = EquipmentFactory.eINSTANCE.createCustomerEquipment();
		unit.setModel(model);
		return unit;
	}
}
