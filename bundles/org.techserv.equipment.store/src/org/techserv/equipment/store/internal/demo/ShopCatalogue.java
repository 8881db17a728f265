package org.techserv.equipment.store.internal.demo;

import static org.techserv.model.core.QualificationKind.ELECTRICIAN;
import static org.techserv.model.core.QualificationKind.ENGINEERING_DEGREE;
import static org.techserv.model.core.QualificationKind.GAS_FITTER;
import static org.techserv.model.core.QualificationKind.HEATING_COOLING;
import static org.techserv.model.core.QualificationKind.REFRIGERATION;
import static org.techserv.model.core.QualificationKind.VOCATIONAL_DIPLOMA;

import java.util.List;

import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.SparePart;
import org.techserv.model.core.QualificationKind;

/** What the demo shop sells and keeps on its shelves: real models of the kind an Indonesian dealer carries. */
final class ShopCatalogue {

	private ShopCatalogue() {
	}

	static List<EquipmentModel> models() {
		return List.of(
				model("Daikin", "FTKC35TVM4", "Split air conditioner 1.5 PK inverter", "AIR_CONDITIONER", 24, 90,
						List.of(ELECTRICIAN, HEATING_COOLING), List.of(HEATING_COOLING)),
				model("Daikin", "FTKC50TVM4", "Split air conditioner 2 PK inverter", "AIR_CONDITIONER", 24, 90,
						List.of(ELECTRICIAN, HEATING_COOLING), List.of(HEATING_COOLING)),
				model("Panasonic", "CS-PU12XKP", "Split air conditioner 1.5 PK", "AIR_CONDITIONER", 12, 90,
						List.of(ELECTRICIAN, HEATING_COOLING), List.of(HEATING_COOLING)),
				model("LG", "ARNU24GTRD4", "VRF ceiling cassette indoor unit", "HEAT_PUMP", 36, 120,
						List.of(ELECTRICIAN, REFRIGERATION), List.of(REFRIGERATION)),
				model("Carrier", "30RB-080", "Air-cooled scroll chiller 80 kW", "CHILLER", 24, 60,
						List.of(ELECTRICIAN, REFRIGERATION, ENGINEERING_DEGREE), List.of(REFRIGERATION)),
				model("Cummins", "C110D5", "Diesel generator set 110 kVA", "GENERATOR", 24, 180,
						List.of(ELECTRICIAN, VOCATIONAL_DIPLOMA), List.of(ELECTRICIAN)),
				model("Honda", "EU22i", "Portable inverter generator 2.2 kVA", "GENERATOR", 12, 365,
						List.of(ELECTRICIAN), List.of(VOCATIONAL_DIPLOMA)),
				model("Grundfos", "CR 10-4", "Vertical multistage pump 2.2 kW", "PUMP", 24, 180,
						List.of(ELECTRICIAN), List.of(VOCATIONAL_DIPLOMA)),
				model("Rinnai", "REU-5CFC", "Gas instant water heater 10 l/min", "WATER_HEATER", 12, 365,
						List.of(GAS_FITTER), List.of(GAS_FITTER)),
				model("Atlas Copco", "GA 11 VSD+", "Rotary screw compressor 11 kW", "COMPRESSOR", 24, 120,
						List.of(ELECTRICIAN, VOCATIONAL_DIPLOMA), List.of(VOCATIONAL_DIPLOMA)));
	}

	static List<SparePart> parts() {
		return List.of(part("CAP-35UF", "Run capacitor 35 µF 450 V", 24, 6), part("CAP-45UF", "Run capacitor 45 µF 450 V", 9, 4),
				part("FAN-MOT-ODU", "Outdoor fan motor 40 W", 5, 2), part("PCB-FTKC35", "Indoor control board FTKC35", 3, 2),
				part("SENS-THERM-10K", "Coil thermistor 10 kΩ", 30, 10), part("R32-9KG", "Refrigerant R32, 9 kg cylinder", 7, 3),
				part("FILT-AC-STD", "Indoor air filter set", 40, 12), part("DRIER-3/8", "Filter drier 3/8 in", 12, 4),
				part("OIL-15W40-20L", "Engine oil 15W-40, 20 l", 8, 3), part("FILT-OIL-C110", "Oil filter Cummins LF3000", 14, 4),
				part("FILT-FUEL-C110", "Fuel filter Cummins FF5052", 11, 4), part("AVR-GEN-110", "Automatic voltage regulator", 2, 1),
				part("SEAL-CR10", "Shaft seal kit Grundfos CR 10", 4, 2), part("IGN-RINNAI", "Ignition electrode Rinnai", 6, 2),
				part("BELT-GA11", "Drive belt Atlas Copco GA 11", 1, 2));
	}

	private static EquipmentModel model(String manufacturer, String number, String name, String category, int warranty,
			int interval, List<QualificationKind> install, List<QualificationKind> repair) {
		EquipmentModel model = EquipmentFactory.eINSTANCE.createEquipmentModel();
		model.setManufacturer(manufacturer);
		model.setModelNumber(number);
		model.setName(name);
		model.setCategory(category);
		model.setWarrantyMonths(warranty);
		model.setMaintenanceIntervalDays(interval);
		model.getInstallRequires().addAll(install);
		model.getRepairRequires().addAll(repair);
		return model;
	}

	private static SparePart part(String number, String name, int onHand, int reorderLevel) {
		SparePart part = EquipmentFactory.eINSTANCE.createSparePart();
		part.setPartNumber(number);
		part.setName(name);
		part.setOnHand(onHand);
		part.setReorderLevel(reorderLevel);
		return part;
	}
}
