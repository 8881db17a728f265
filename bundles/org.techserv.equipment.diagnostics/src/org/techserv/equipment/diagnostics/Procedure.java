package org.techserv.equipment.diagnostics;

import java.time.Instant;
import java.util.List;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.model.core.Party;

/**
 * A contributed diagnostic procedure.
 *
 * @param id          stable and unique; recorded with each run
 * @param name        what technicians pick it by
 * @param description what it is for; may be empty
 * @param contributor the bundle that contributed it
 * @param appliesTo   where it applies; empty for all equipment
 * @param steps       its steps in order
 */
public record Procedure(String id, String name, String description, String contributor, List<Applicability> appliesTo,
		List<StepDefinition> steps) {

	public Procedure {
		appliesTo = List.copyOf(appliesTo);
		steps = List.copyOf(steps);
	}

	/** Whether to offer the procedure for this piece of equipment. */
	public boolean appliesTo(CustomerEquipment equipment) {
		if (appliesTo.isEmpty()) {
			return true;
		}
		return equipment != null && appliesTo.stream().anyMatch(a -> a.matches(equipment.getModel()));
	}

	/** A new run of this procedure with an empty result per step, to add to an order. */
	public DiagnosticRun start(Party technician, Instant at) {
		DiagnosticRun run = EquipmentFactory.eINSTANCE.createDiagnosticRun();
		run.setProcedureId(id);
		run.setProcedureName(name);
		run.setPerformedBy(technician);
		run.setPerformedAt(at);
		steps.forEach(step -> run.getSteps().add(step.newResult()));
		return run;
	}
}
