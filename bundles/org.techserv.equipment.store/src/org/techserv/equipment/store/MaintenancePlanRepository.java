package org.techserv.equipment.store;

import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.MaintenancePlan;
import org.techserv.equipment.store.internal.EquipmentReferences;
import org.techserv.equipment.store.internal.EquipmentTables;
import org.techserv.model.store.EntityRepository;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.emf.References;

/** Preventive maintenance plans: how often each piece of equipment is serviced and when next. */
public final class MaintenancePlanRepository extends EntityRepository<MaintenancePlan> {

	public MaintenancePlanRepository(Database database) {
		super(database, EquipmentPackage.Literals.MAINTENANCE_PLAN, EquipmentTables.PLAN);
	}

	/** Active plans due on or before {@code day}, soonest first. */
	public List<MaintenancePlan> dueBy(LocalDate day) throws StoreException {
		return select(" WHERE ACTIVE = 1 AND NEXT_DUE <= ? ORDER BY NEXT_DUE, ID", s -> s.setDate(1, Date.valueOf(day))); //$NON-NLS-1$
	}

	/** Within a caller's transaction. */
	public List<MaintenancePlan> dueBy(Connection c, LocalDate day) throws java.sql.SQLException, StoreException {
		return select(c, " WHERE ACTIVE = 1 AND NEXT_DUE <= ? ORDER BY NEXT_DUE, ID", s -> s.setDate(1, Date.valueOf(day))); //$NON-NLS-1$
	}

	/** The plans of one piece of equipment. */
	public List<MaintenancePlan> ofEquipment(long equipmentId) throws StoreException {
		return select(" WHERE EQUIPMENT_ID = ? ORDER BY ID", s -> s.setLong(1, equipmentId)); //$NON-NLS-1$
	}

	@Override
	protected References references(Connection c) {
		return new EquipmentReferences(c);
	}
}
