package org.techserv.library.store.review;

import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Person;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;

/** A person with one staff role, not stored yet: what the demo data and set-ups make of a librarian or technician. */
public final class NewStaff {

	private NewStaff() {
	}

	public static Person person(String given, String family, String staffNumber, StaffFunction function) {
		Person person = CoreFactory.eINSTANCE.createPerson();
		person.setGivenName(given);
		person.setFamilyName(family);
		StaffRole role = CoreFactory.eINSTANCE.createStaffRole();
		role.setFunction(function);
		role.setStaffNumber(staffNumber);
		person.getRoles().add(role);
		return person;
	}
}
