package org.techserv.equipment.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.emf.ecore.EObject;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.model.core.Address;
import org.techserv.model.core.CoreFactory;

/**
 * Reads back what a table keeps in a shape of its own (a list in one column, a contained address spread over
 * columns): the other half of the derived columns in {@link EquipmentTables}.
 */
public final class StoredShapes {

	private StoredShapes() {
	}

	/** Fills the record's computed parts from a row of its table's select. */
	public static void read(ResultSet row, EObject record) throws SQLException {
		if (record instanceof EquipmentModel model) {
			model.getInstallRequires().addAll(Lists.qualifications(row.getString("INSTALL_REQUIRES"))); //$NON-NLS-1$
			model.getRepairRequires().addAll(Lists.qualifications(row.getString("REPAIR_REQUIRES"))); //$NON-NLS-1$
		} else if (record instanceof CustomerEquipment unit) {
			unit.setSite(site(row));
		}
	}

	private static Address site(ResultSet row) throws SQLException {
		String street = row.getString("SITE_STREET"); //$NON-NLS-1$
		String postalCode = row.getString("SITE_POSTAL_CODE"); //$NON-NLS-1$
		String city = row.getString("SITE_CITY"); //$NON-NLS-1$
		String region = row.getString("SITE_REGION"); //$NON-NLS-1$
		String country = row.getString("SITE_COUNTRY"); //$NON-NLS-1$
		if (street == null && postalCode == null && city == null && region == null && country == null) {
			return null;
		}
		Address site = CoreFactory.eINSTANCE.createAddress();
		site.setStreet(street);
		site.setPostalCode(postalCode);
		site.setCity(city);
		site.setRegion(region);
		site.setCountry(country);
		return site;
	}
}
