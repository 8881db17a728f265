package org.techserv.equipment.model.util;

import org.techserv.equipment.model.StepResult;

/** Pass or fail of one diagnostic step, from what was entered and the step's limits. */
public final class Steps {

	private Steps() {
	}

	/**
	 * A measurement passes when it has a value inside its limits (inclusive; a missing limit does not bind), a
	 * check when answered yes, an observation when something was written down.
	 */
	public static boolean passed(StepResult step) {
		if (step.getKind() == null) {
			return false;
		}
		return switch (step.getKind()) {
		case MEASUREMENT -> step.getValue() != null
				&& (step.getLowerLimit() == null || step.getValue() >= step.getLowerLimit())
				&& (step.getUpperLimit() == null || step.getValue() <= step.getUpperLimit());
		case CHECK -> Boolean.TRUE.equals(step.getChecked());
		case OBSERVATION -> step.getObservation() != null && !step.getObservation().isBlank();
		};
	}
}
