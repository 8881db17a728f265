package org.techserv.equipment.diagnostics;

import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;

/**
 * One step of a procedure as contributed.
 *
 * @param id    unique within the procedure
 * @param label what to do, as the technician reads it
 * @param kind  measurement, check or observation
 * @param unit  a measurement's unit; null otherwise
 * @param lower a measurement's lowest passing value; null when unbounded
 * @param upper a measurement's highest passing value; null when unbounded
 */
public record StepDefinition(String id, String label, StepKind kind, String unit, Double lower, Double upper) {

	/** An empty result of this step, carrying its own copy of label, unit and limits. */
	public StepResult newResult() {
		StepResult result = EquipmentFactory.eINSTANCE.createStepResult();
		result.setStepId(id);
		result.setLabel(label);
		result.setKind(kind);
		result.setUnit(unit);
		result.setLowerLimit(lower);
		result.setUpperLimit(upper);
		return result;
	}
}
