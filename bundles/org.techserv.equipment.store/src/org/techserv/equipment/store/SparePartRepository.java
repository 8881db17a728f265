package org.techserv.equipment.store;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.store.internal.EquipmentReferences;
import org.techserv.equipment.store.internal.EquipmentTables;
import org.techserv.equipment.store.internal.Messages;
import org.techserv.model.edit.FieldLabels;
import org.techserv.model.store.EntityRepository;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.emf.References;

/** Spare parts and how many of each are on the shelf; repair lines take from here (see {@link ServiceOrderRepository}). */
public final class SparePartRepository extends EntityRepository<SparePart> {

	public SparePartRepository(Database database) {
		super(database, EquipmentPackage.Literals.SPARE_PART, EquipmentTables.PART);
	}

	/** All parts by part number. */
	public List<SparePart> all() throws StoreException {
		return select(" ORDER BY PART_NUMBER", s -> { //$NON-NLS-1$
			// no parameters
		});
	}

	/** Parts at or below their reorder level. */
	public List<SparePart> toReorder() throws StoreException {
		return select(" WHERE ON_HAND <= REORDER_LEVEL ORDER BY PART_NUMBER", s -> { //$NON-NLS-1$
			// no parameters
		});
	}

	@Override
	protected Map<String, FieldProblem> uniqueKeys(SparePart part) {
		String label = FieldLabels.of(part, EquipmentPackage.Literals.SPARE_PART__PART_NUMBER);
		return Map.of("UQ_PART_NUMBER", new FieldProblem(label, part.getPartNumber(), //$NON-NLS-1$
				NLS.bind(Messages.duplicatePartNumber, part.getPartNumber())));
	}

	@Override
	protected References references(Connection c) {
		return new EquipmentReferences(c);
	}
}
