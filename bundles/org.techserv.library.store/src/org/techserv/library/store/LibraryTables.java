package org.techserv.library.store;

import static org.techserv.library.model.LibraryPackage.Literals.CATALOGUING_TASK__KIND;
import static org.techserv.library.model.LibraryPackage.Literals.CATALOGUING_TASK__RECORD;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__BARCODE;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__CALL_NUMBER;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__COPY_NUMBER;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__LOCATION;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__RECORD;
import static org.techserv.library.model.LibraryPackage.Literals.ITEM__STATUS;

import java.util.List;

import org.techserv.model.store.internal.CoreTables;
import org.techserv.store.emf.Column;
import org.techserv.store.emf.DetailTable;
import org.techserv.store.emf.EntityTable;

/** How the library model maps to the tables of db/library (records are mapped by hand: RecordRows). */
final class LibraryTables {

	/** The record table's standard columns only: for conflict reports. */
	static final EntityTable RECORD_LOCK = new EntityTable("LIBRARY_RECORD", "BibliographicRecord", //$NON-NLS-1$ //$NON-NLS-2$
			CoreTables.STANDARD, List.of());

	static final EntityTable ITEM = new EntityTable("LIBRARY_ITEM", "Item", CoreTables.STANDARD, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.reference("RECORD_ID", ITEM__RECORD), //$NON-NLS-1$
			Column.of("BARCODE", ITEM__BARCODE), //$NON-NLS-1$
			Column.of("CALL_NUMBER", ITEM__CALL_NUMBER), //$NON-NLS-1$
			Column.of("LOCATION", ITEM__LOCATION), //$NON-NLS-1$
			Column.of("COPY_NUMBER", ITEM__COPY_NUMBER), //$NON-NLS-1$
			Column.of("STATUS", ITEM__STATUS))); //$NON-NLS-1$

	static final DetailTable TASK = new DetailTable("LIBRARY_TASK", List.of( //$NON-NLS-1$
			Column.reference("RECORD_ID", CATALOGUING_TASK__RECORD), //$NON-NLS-1$
			Column.of("TASK_KIND", CATALOGUING_TASK__KIND))); //$NON-NLS-1$

	private LibraryTables() {
	}
}
