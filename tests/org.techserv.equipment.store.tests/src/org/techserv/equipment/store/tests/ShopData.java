package org.techserv.equipment.store.tests;

import java.time.Instant;
import java.time.LocalDate;

import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.Visit;
import org.techserv.model.core.Address;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;

/** Records of a small shop, not yet saved. */
final class ShopData {

	static final EquipmentFactory EQUIPMENT = EquipmentFactory.eINSTANCE;
	static final CoreFactory CORE = CoreFactory.eINSTANCE;

	private ShopData() {
	}

	static EquipmentModel airConditioner(String modelNumber) {
		EquipmentModel model = EQUIPMENT.createEquipmentModel();
		model.setManufacturer("Daikin");
		model.setModelNumber(modelNumber);
		model.setName("Split air conditioner 1.5 PK");
		model.setCategory("AIR_CONDITIONER");
		model.getInstallRequires().add(QualificationKind.ELECTRICIAN);
		model.getInstallRequires().add(QualificationKind.HEATING_COOLING);
		model.getRepairRequires().add(QualificationKind.HEATING_COOLING);
		model.setWarrantyMonths(24);
		model.setMaintenanceIntervalDays(90);
		return model;
	}

	static Organisation customer(String name) {
		Organisation customer = CORE.createOrganisation();
		customer.setName(name);
		return customer;
	}

	static Address site(String street, String city) {
		Address site = CORE.createAddress();
		site.setStreet(street);
		site.setCity(city);
		site.setCountry("ID");
		return site;
	}

	static Person technician(String familyName, QualificationKind... kinds) {
		Person person = CORE.createPerson();
		person.setGivenName("Agus");
		person.setFamilyName(familyName);
		StaffRole staff = CORE.createStaffRole();
		staff.setFunction(StaffFunction.TECHNICIAN);
		int n = 0;
		for (QualificationKind kind : kinds) {
			Qualification licence = CORE.createQualification();
			licence.setKind(kind);
			licence.setNumber(kind.getName().substring(0, 2) + "-" + familyName + "-" + (++n));
			licence.setIssuer("BNSP");
			licence.setValidFrom(LocalDate.of(2024, 1, 1));
			licence.setValidUntil(LocalDate.of(2028, 1, 1));
			staff.getQualifications().add(licence);
		}
		person.getRoles().add(staff);
		return person;
	}

	static SparePart part(String number, int onHand) {
		SparePart part = EQUIPMENT.createSparePart();
		part.setPartNumber(number);
		part.setName("Capacitor 35 µF");
		part.setOnHand(onHand);
		part.setReorderLevel(2);
		return part;
	}

	static RepairLine line(SparePart part, int quantity) {
		RepairLine line = EQUIPMENT.createRepairLine();
		line.setPart(part);
		line.setQuantity(quantity);
		line.setLabourHours(1.5);
		line.setDescription("Replaced start capacitor");
		return line;
	}

	static Visit visit(Person technician, String start, String end) {
		Visit visit = EQUIPMENT.createVisit();
		visit.setTechnician(technician);
		visit.setStart(Instant.parse(start));
		visit.setEnd(Instant.parse(end));
		visit.setTravelNote("Parking behind the building");
		return visit;
	}
}
