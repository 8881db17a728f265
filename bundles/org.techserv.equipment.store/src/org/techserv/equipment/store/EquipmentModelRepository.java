package org.techserv.equipment.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.store.internal.EquipmentReferences;
import org.techserv.equipment.store.internal.EquipmentTables;
import org.techserv.equipment.store.internal.Messages;
import org.techserv.equipment.store.internal.StoredShapes;
import org.techserv.model.edit.FieldLabels;
import org.techserv.model.store.EntityRepository;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.emf.References;

/** The equipment catalogue: what the shop sells and which licences installing or repairing it needs. */
public final class EquipmentModelRepository extends EntityRepository<EquipmentModel> {

	public EquipmentModelRepository(Database database) {
		super(database, EquipmentPackage.Literals.EQUIPMENT_MODEL, EquipmentTables.MODEL);
	}

	/** The whole catalogue by manufacturer and model number (a shop's catalogue is hundreds, not millions). */
	public List<EquipmentModel> all() throws StoreException {
		return select(" ORDER BY MANUFACTURER, MODEL_NUMBER", s -> { //$NON-NLS-1$
			// no parameters
		});
	}

	@Override
	protected void afterRead(ResultSet row, EquipmentModel model) throws SQLException {
		StoredShapes.read(row, model);
	}

	@Override
	protected Map<String, FieldProblem> uniqueKeys(EquipmentModel model) {
		String label = FieldLabels.of(model, EquipmentPackage.Literals.EQUIPMENT_MODEL__MODEL_NUMBER);
		return Map.of("UQ_EQUIPMENT_MODEL", new FieldProblem(label, model.getModelNumber(), //$NON-NLS-1$
				NLS.bind(Messages.duplicateModel, model.getManufacturer(), model.getModelNumber())));
	}

	@Override
	protected References references(Connection c) {
		return new EquipmentReferences(c);
	}
}
