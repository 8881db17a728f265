package org.techserv.equipment.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.model.core.CorePackage;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.StoreException;
import org.techserv.store.emf.EntityTable;
import org.techserv.store.emf.References;

/**
 * Resolves the references of equipment records while rows are read (catalogue entries, customer equipment,
 * spare parts, customers and technicians), each record once per read.
 */
public final class EquipmentReferences implements References {

	private final Connection connection;
	private final Map<String, EObject> seen = new HashMap<>();

	public EquipmentReferences(Connection connection) {
		this.connection = connection;
	}

	@Override
	public EObject resolve(EReference reference, long id) throws SQLException {
		EClass type = reference.getEReferenceType();
		String key = type.getName() + '#' + id;
		EObject known = seen.get(key);
		if (known == null) {
			known = load(type, id);
			if (known != null) {
				seen.put(key, known);
			}
		}
		return known;
	}

	private EObject load(EClass type, long id) throws SQLException {
		if (CorePackage.Literals.PARTY.isSuperTypeOf(type)) {
			try {
				return PartyRepository.loadReference(connection, id);
			} catch (StoreException e) {
				return null; // removed meanwhile: leave the reference empty
			}
		}
		if (type == EquipmentPackage.Literals.EQUIPMENT_MODEL) {
			return entity(EquipmentTables.MODEL, type, id);
		}
		if (type == EquipmentPackage.Literals.CUSTOMER_EQUIPMENT) {
			return entity(EquipmentTables.UNIT, type, id);
		}
		if (type == EquipmentPackage.Literals.SPARE_PART) {
			return entity(EquipmentTables.PART, type, id);
		}
		return null;
	}

	private EObject entity(EntityTable table, EClass type, long id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(table.selectSql() + " WHERE ID = ?")) { //$NON-NLS-1$
			statement.setLong(1, id);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				EObject record = EcoreUtil.create(type);
				table.read(row, record, this);
				StoredShapes.read(row, record);
				return record;
			}
		}
	}
}
