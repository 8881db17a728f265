package org.techserv.library.ui.tests;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;
import org.techserv.library.store.LibraryStore;

/** Book records with nothing but a title (245 $a) and their copies, stored: what the desk, binding and review tests lend, bind or review. */
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

	static Item copy(LibraryStore store, BibliographicRecord record, String barcode, int number, ItemStatus status)
			throws Exception {
		Item item = LibraryFactory.eINSTANCE.createItem();
		item.setRecord(record);
		item.setBarcode(barcode);
		item.setCopyNumber(number);
		item.setStatus(status);
		return store.items().save(item);
	}
}
