package org.techserv.equipment.diagnostics;

import org.techserv.equipment.model.EquipmentModel;

/**
 * Equipment a procedure applies to; each given part must match, case-insensitively.
 *
 * @param category     a catalogue category, or null
 * @param manufacturer a manufacturer, or null
 * @param modelNumber  a model number, or null
 */
public record Applicability(String category, String manufacturer, String modelNumber) {

	public boolean matches(EquipmentModel model) {
		return model != null && same(category, model.getCategory()) && same(manufacturer, model.getManufacturer())
				&& same(modelNumber, model.getModelNumber());
	}

	private static boolean same(String wanted, String actual) {
		return wanted == null || wanted.equalsIgnoreCase(actual);
	}
}
