package org.techserv.equipment.model.tests;

import java.time.Instant;
import java.time.LocalDate;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.Visit;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;

/** A small shop to test with: an air conditioner model, a customer with one installed, technicians. */
final class Shop {

	static final EquipmentFactory EQUIPMENT = EquipmentFactory.eINSTANCE;
	static final CoreFactory CORE = CoreFactory.eINSTANCE;

	private Shop() {
	}

	static EquipmentModel splitAirConditioner() {
		EquipmentModel model = EQUIPMENT.createEquipmentModel();
		model.setManufacturer("Daikin");
		model.setModelNumber("FTKC35");
		model.setName("Split air conditioner 1.5 PK");
		model.setCategory("AIR_CONDITIONER");
		model.getInstallRequires().add(QualificationKind.ELECTRICIAN);
		model.getInstallRequires().add(QualificationKind.HEATING_COOLING);
		model.getRepairRequires().add(QualificationKind.HEATING_COOLING);
		return model;
	}

	static ServiceOrder order(ServiceKind kind, EquipmentModel model) {
		Organisation customer = CORE.createOrganisation();
		customer.setName("Hotel Savoy Homann");
		CustomerEquipment unit = EQUIPMENT.createCustomerEquipment();
		unit.setModel(model);
		unit.setCustomer(customer);
		unit.setSerialNumber("FTKC35-000123");
		ServiceOrder order = EQUIPMENT.createServiceOrder();
		order.setNumber("SO-2026-0001");
		order.setTitle("Install unit in room 204");
		order.setKind(kind);
		order.setCustomer(customer);
		order.setEquipment(unit);
		order.setStatus("NEW");
		return order;
	}

	/** A technician with licences of the given kinds, each valid until the given day. */
	static Person technician(String name, LocalDate validUntil, QualificationKind... kinds) {
		Person person = CORE.createPerson();
		person.setFamilyName(name);
		StaffRole staff = CORE.createStaffRole();
		staff.setFunction(StaffFunction.TECHNICIAN);
		int n = 0;
		for (QualificationKind kind : kinds) {
			Qualification licence = CORE.createQualification();
			licence.setKind(kind);
			licence.setNumber(kind.getName().substring(0, 2) + "-" + (++n));
			licence.setIssuer("BNSP");
			licence.setValidFrom(LocalDate.of(2024, 1, 1));
			licence.setValidUntil(validUntil);
			staff.getQualifications().add(licence);
		}
		person.getRoles().add(staff);
		return person;
	}

	static Visit visit(Person technician, String start, String end) {
		Visit visit = EQUIPMENT.createVisit();
		visit.setTechnician(technician);
		visit.setStart(Instant.parse(start));
		visit.setEnd(Instant.parse(end));
		return visit;
	}
}
