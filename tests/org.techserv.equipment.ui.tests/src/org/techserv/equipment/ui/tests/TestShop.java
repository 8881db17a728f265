package org.techserv.equipment.ui.tests;

import java.time.LocalDate;

import org.eclipse.ui.PlatformUI;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.store.EquipmentStore;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.CustomerRole;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.model.store.PartyRepository;
import org.techserv.test.swt.UIThread;

/**
 * Records for one test, saved through the store the workbench uses (the test workspace's embedded database).
 * Names carry a run number: the test workspace outlives a build.
 */
final class TestShop {

	final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
	final EquipmentStore store;
	final PartyRepository parties;
	EquipmentModel model;
	Organisation customer;
	Person electrician;
	Person coolingTechnician;
	SparePart capacitor;

	TestShop() throws Exception {
		store = UIThread.syncExec(() -> PlatformUI.getWorkbench().getService(EquipmentStore.class));
		parties = UIThread.syncExec(() -> PlatformUI.getWorkbench().getService(PartyRepository.class));
		EquipmentModel m = EquipmentFactory.eINSTANCE.createEquipmentModel();
		m.setManufacturer("Daikin");
		m.setModelNumber("UI-" + run);
		m.setName("Split air conditioner " + run);
		m.setCategory("AIR_CONDITIONER");
		m.getInstallRequires().add(QualificationKind.ELECTRICIAN);
		m.getInstallRequires().add(QualificationKind.HEATING_COOLING);
		m.getRepairRequires().add(QualificationKind.HEATING_COOLING);
		model = store.models().save(m);
		Organisation c = CoreFactory.eINSTANCE.createOrganisation();
		c.setName("Hotel Uji " + run);
		CustomerRole role = CoreFactory.eINSTANCE.createCustomerRole();
		role.setCustomerNumber("UI-" + run);
		c.getRoles().add(role);
		customer = (Organisation) parties.save(c);
		electrician = (Person) parties.save(technician("Santoso" + run, QualificationKind.ELECTRICIAN));
		coolingTechnician = (Person) parties.save(
				technician("Wibowo" + run, QualificationKind.ELECTRICIAN, QualificationKind.HEATING_COOLING));
		SparePart part = EquipmentFactory.eINSTANCE.createSparePart();
		part.setPartNumber("CAP-" + run);
		part.setName("Run capacitor 35 µF");
		part.setOnHand(5);
		part.setReorderLevel(1);
		capacitor = store.parts().save(part);
	}

	ServiceOrder sold(String serial) throws Exception {
		return store.sell(customer, model, serial, null, LocalDate.now()).installation();
	}

	private static Person technician(String family, QualificationKind... kinds) {
		Person person = CoreFactory.eINSTANCE.createPerson();
		person.setGivenName("Agus");
		person.setFamilyName(family);
		StaffRole staff = CoreFactory.eINSTANCE.createStaffRole();
		staff.setFunction(StaffFunction.TECHNICIAN);
		int n = 0;
		for (QualificationKind kind : kinds) {
			Qualification licence = CoreFactory.eINSTANCE.createQualification();
			licence.setKind(kind);
			licence.setNumber(kind.getName().substring(0, 3) + '-' + family + '-' + ++n);
			licence.setIssuer("BNSP");
			licence.setValidFrom(LocalDate.now().minusYears(1));
			licence.setValidUntil(LocalDate.now().plusYears(2));
			staff.getQualifications().add(licence);
		}
		person.getRoles().add(staff);
		return person;
	}
}
