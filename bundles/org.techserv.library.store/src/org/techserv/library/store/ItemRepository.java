package org.techserv.library.store;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.model.Item;
import org.techserv.library.model.LibraryPackage;
import org.techserv.library.store.internal.Messages;
import org.techserv.library.store.internal.RecordReferences;
import org.techserv.model.edit.FieldLabels;
import org.techserv.model.store.EntityRepository;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.emf.References;

/** Copies the library holds: barcode (unique), call number, location, copy number, status. */
public final class ItemRepository extends EntityRepository<Item> {

	public ItemRepository(Database database) {
		super(database, LibraryPackage.Literals.ITEM, LibraryTables.ITEM);
	}

	/** The copies of one record by copy number. */
	public List<Item> ofRecord(long recordId) throws StoreException {
		return select(" WHERE RECORD_ID = ? ORDER BY COPY_NUMBER, ID", s -> s.setLong(1, recordId)); //$NON-NLS-1$
	}

	/** The copy with this barcode, or null. */
	public Item byBarcode(String barcode) throws StoreException {
		List<Item> found = select(" WHERE BARCODE = ?", s -> s.setString(1, barcode)); //$NON-NLS-1$
		return found.isEmpty() ? null : found.get(0);
	}

	@Override
	protected Map<String, FieldProblem> uniqueKeys(Item item) {
		String label = FieldLabels.of(item, LibraryPackage.Literals.ITEM__BARCODE);
		return Map.of("UQ_ITEM_BARCODE", new FieldProblem(label, item.getBarcode(), //$NON-NLS-1$
				NLS.bind(Messages.duplicateBarcode, item.getBarcode())));
	}

	@Override
	protected References references(Connection c) {
		return new RecordReferences(c);
	}
}
