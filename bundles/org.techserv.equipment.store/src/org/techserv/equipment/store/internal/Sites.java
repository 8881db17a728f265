package org.techserv.equipment.store.internal;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.model.core.Address;

/** The site address of customer equipment, kept in the equipment's own row. */
final class Sites {

	private Sites() {
	}

	static String street(CustomerEquipment e) {
		return e.getSite() == null ? null : e.getSite().getStreet();
	}

	static String postalCode(CustomerEquipment e) {
		return e.getSite() == null ? null : e.getSite().getPostalCode();
	}

	static String city(CustomerEquipment e) {
		return e.getSite() == null ? null : e.getSite().getCity();
	}

	static String region(CustomerEquipment e) {
		return e.getSite() == null ? null : e.getSite().getRegion();
	}

	static String country(CustomerEquipment e) {
		Address site = e.getSite();
		return site == null ? null : site.getCountry();
	}
}
