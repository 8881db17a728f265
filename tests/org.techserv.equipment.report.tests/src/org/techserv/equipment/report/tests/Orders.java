package org.techserv.equipment.report.tests;

import java.time.Instant;
import java.time.LocalDate;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.model.TrainingSession;
import org.techserv.equipment.model.Visit;
import org.techserv.model.core.Address;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;

/** Service orders as the shop writes them: a repaired air conditioner with a failed insulation test. */
final class Orders {

	static final EquipmentFactory EQUIPMENT = EquipmentFactory.eINSTANCE;
	static final CoreFactory CORE = CoreFactory.eINSTANCE;

	static final String NUMBER = "SO-000042";
	static final String SERIAL = "FTKC35-000123";
	static final String PART = "DK-PCB-2231";
	static final String SIGNED_BY = "Ibu Ratna Sari";

	private Orders() {
	}

	static Person person(String given, String family) {
		Person person = CORE.createPerson();
		person.setGivenName(given);
		person.setFamilyName(family);
		return person;
	}

	/** Budi visits twice, Agus once; one diagnostic run with a failed measurement; a part and labour; signed. */
	static ServiceOrder repair(Person budi, Person agus) {
		Organisation customer = CORE.createOrganisation();
		customer.setName("Hotel Savoy Homann");
		EquipmentModel model = EQUIPMENT.createEquipmentModel();
		model.setManufacturer("Daikin");
		model.setModelNumber("FTKC35");
		model.setName("Split air conditioner 1.5 PK");
		Address site = CORE.createAddress();
		site.setStreet("Jl. Asia Afrika 112, room 204");
		site.setPostalCode("40111");
		site.setCity("Bandung");
		site.setRegion("Jawa Barat");
		site.setCountry("ID");
		CustomerEquipment unit = EQUIPMENT.createCustomerEquipment();
		unit.setModel(model);
		unit.setCustomer(customer);
		unit.setSerialNumber(SERIAL);
		unit.setSite(site);
		unit.setInstalledOn(LocalDate.of(2024, 5, 2));

		ServiceOrder order = EQUIPMENT.createServiceOrder();
		order.setNumber(NUMBER);
		order.setTitle("Unit not cooling; trips the breaker");
		order.setKind(ServiceKind.REPAIR);
		order.setStatus("COMPLETED");
		order.setCustomer(customer);
		order.setEquipment(unit);
		order.setReportedProblem("Room 204: the unit blows warm air, and since Monday the breaker trips after "
				+ "about ten minutes.\nGuests complained twice.");
		order.getVisits().add(visit(budi, "2026-03-12T01:30:00Z", "2026-03-12T03:00:00Z", "Parking at the back, ask security"));
		order.getVisits().add(visit(agus, "2026-03-13T02:00:00Z", "2026-03-13T04:30:00Z", null));
		order.getVisits().add(visit(budi, "2026-03-14T06:00:00Z", "2026-03-14T07:00:00Z", null));

		DiagnosticRun run = EQUIPMENT.createDiagnosticRun();
		run.setProcedureId("electrical");
		run.setProcedureName("Electrical safety test");
		run.setPerformedBy(budi);
		run.setPerformedAt(Instant.parse("2026-03-12T02:00:00Z"));
		run.getSteps().add(measurement("Insulation resistance, phase to earth", 0.4, "MΩ", 1.0, null));
		run.getSteps().add(measurement("Leakage current to earth", 0.12, "mA", null, 0.3));
		run.getSteps().add(measurement("Suction pressure", 9.5, "bar", 8.0, 11.0));
		run.getSteps().add(check("Supply cable, plug and terminals undamaged", true));
		run.getSteps().add(observation("Visual inspection", "Burn marks on the terminal block; insulation of the "
				+ "compressor lead cracked near the clamp."));
		order.getDiagnosticRuns().add(run);

		SparePart board = EQUIPMENT.createSparePart();
		board.setPartNumber(PART);
		board.setName("Control board, indoor unit");
		RepairLine replace = EQUIPMENT.createRepairLine();
		replace.setPart(board);
		replace.setQuantity(1);
		replace.setLabourHours(1.5);
		replace.setDescription("Replaced the control board");
		order.getRepairLines().add(replace);
		RepairLine labour = EQUIPMENT.createRepairLine();
		labour.setLabourHours(0.75);
		labour.setDescription("Re-insulated the compressor lead");
		order.getRepairLines().add(labour);

		SignOff signOff = EQUIPMENT.createSignOff();
		signOff.setSignedBy(SIGNED_BY);
		signOff.setSignedAt(Instant.parse("2026-03-14T07:00:00Z"));
		signOff.setComment("Cooling again, thank you");
		order.setSignOff(signOff);
		return order;
	}

	static Visit visit(Person technician, String start, String end, String travelNote) {
		Visit visit = EQUIPMENT.createVisit();
		visit.setTechnician(technician);
		visit.setStart(Instant.parse(start));
		visit.setEnd(end == null ? null : Instant.parse(end));
		visit.setTravelNote(travelNote);
		return visit;
	}

	static StepResult measurement(String label, double value, String unit, Double lower, Double upper) {
		StepResult step = EQUIPMENT.createStepResult();
		step.setKind(StepKind.MEASUREMENT);
		step.setLabel(label);
		step.setValue(value);
		step.setUnit(unit);
		step.setLowerLimit(lower);
		step.setUpperLimit(upper);
		return step;
	}

	static StepResult check(String label, boolean yes) {
		StepResult step = EQUIPMENT.createStepResult();
		step.setKind(StepKind.CHECK);
		step.setLabel(label);
		step.setChecked(yes);
		return step;
	}

	static StepResult observation(String label, String text) {
		StepResult step = EQUIPMENT.createStepResult();
		step.setKind(StepKind.OBSERVATION);
		step.setLabel(label);
		step.setObservation(text);
		return step;
	}

	static TrainingSession training() {
		TrainingSession training = EQUIPMENT.createTrainingSession();
		training.getAttendees().add("Dewi Lestari");
		training.getAttendees().add("Rudi Hartono");
		training.getTopics().add("Cleaning the filters every two weeks");
		training.getTopics().add("What the error codes on the remote mean");
		training.setDurationMinutes(90);
		training.setCustomerSignedBy("Dewi Lestari");
		training.setCustomerSignedOn(LocalDate.of(2026, 3, 14));
		return training;
	}
}
