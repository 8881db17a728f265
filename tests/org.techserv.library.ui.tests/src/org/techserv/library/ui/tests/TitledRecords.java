package org.techserv.library.ui.tests;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;
import org.techserv.library.store.LibraryStore;

/** A book record with nothing but a title (245 $a), stored: what the desk and review tests lend or review. */
final class TitledRecords {

	private TitledRecords() {
	}

	static BibliographicRecord save(LibraryStore store, String title) throws Exception {
		BibliographicRecord record = LibraryFactory.eINSTANCE.createBibliographicRecord();
		record.setLeader("00000nam a2200000 a 4500");
		DataField field245 = LibraryFactory.eINSTANCE.createDataField();
		field245.setTag("245");
		field245.setIndicator1('0');
		field245.setIndicator2('0');
		Subfield a = LibraryFactory.eINSTANCE.createSubfield();
		a.setCode('a');
		a.setValue(title);
		field245.getSubfields().add(a);
		record.getDataFields().add(field245);
		return store.records().save(record);
	}
}
