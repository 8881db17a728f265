package org.techserv.equipment.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.store.internal.EquipmentReferences;
import org.techserv.equipment.store.internal.EquipmentTables;
import org.techserv.equipment.store.internal.Messages;
import org.techserv.equipment.store.internal.StoredShapes;
import org.techserv.model.edit.FieldLabels;
import org.techserv.model.store.EntityRepository;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.Page;
import org.techserv.store.StoreException;
import org.techserv.store.emf.References;

/** Equipment installed (or sold and awaiting installation) at customers' sites. */
public final class CustomerEquipmentRepository extends EntityRepository<CustomerEquipment> {

	public CustomerEquipmentRepository(Database database) {
		super(database, EquipmentPackage.Literals.CUSTOMER_EQUIPMENT, EquipmentTables.UNIT);
	}

	/** One customer's equipment by serial number. */
	public List<CustomerEquipment> ofCustomer(long customerId) throws StoreException {
		return select(" WHERE CUSTOMER_ID = ? ORDER BY SERIAL_NUMBER", s -> s.setLong(1, customerId)); //$NON-NLS-1$
	}

	/** One page of the registry in id order after {@code afterId} (0 for the first). */
	public Page<CustomerEquipment> page(long afterId, int size) throws StoreException {
		List<CustomerEquipment> rows = select(" WHERE ID > ? ORDER BY ID FETCH FIRST ? ROWS ONLY", s -> { //$NON-NLS-1$
			s.setLong(1, afterId);
			s.setInt(2, size + 1);
		});
		boolean more = rows.size() > size;
		return new Page<>(more ? rows.subList(0, size) : rows, more);
	}

	/** The whole registry in id order, read a page at a time (a shop's registry is thousands, not millions). */
	public List<CustomerEquipment> all() throws StoreException {
		List<CustomerEquipment> all = new java.util.ArrayList<>();
		long after = 0;
		Page<CustomerEquipment> page;
		do {
			page = page(after, 500);
			all.addAll(page.items());
			if (!page.items().isEmpty()) {
				after = page.items().get(page.items().size() - 1).getId();
			}
		} while (page.hasMore());
		return all;
	}

	@Override
	protected void afterRead(ResultSet row, CustomerEquipment unit) throws SQLException {
		StoredShapes.read(row, unit);
	}

	@Override
	protected Map<String, FieldProblem> uniqueKeys(CustomerEquipment unit) {
		String label = FieldLabels.of(unit, EquipmentPackage.Literals.CUSTOMER_EQUIPMENT__SERIAL_NUMBER);
		return Map.of("UQ_EQUIPMENT_SERIAL", new FieldProblem(label, unit.getSerialNumber(), //$NON-NLS-1$
				NLS.bind(Messages.duplicateSerial, unit.getSerialNumber())));
	}

	/** What a duplicate serial number means, for units of work that save equipment with other records. */
	Map<String, FieldProblem> duplicateKeys(CustomerEquipment unit) {
		return uniqueKeys(unit);
	}

	@Override
	protected References references(Connection c) {
		return new EquipmentReferences(c);
	}
}
