package org.techserv.library.circulation.tests;

import java.nio.file.Path;
import java.sql.Connection;

import org.techserv.library.circulation.Patrons;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.ItemRepository;
import org.techserv.model.core.PatronRole;
import org.techserv.model.core.Person;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** A real embedded database with every contributed module migrated, and helpers to add copies and patrons. */
final class Library implements AutoCloseable {

	final EmbeddedDerby database;
	final ItemRepository items;
	private final BibliographicRecordRepository records;
	final Patrons patrons;

	Library(Path folder) throws Exception {
		database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
		try (Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
		}
		items = new ItemRepository(database);
		records = new BibliographicRecordRepository(database);
		patrons = new Patrons(database);
	}

	/** A book with this title and one copy per barcode, all in the given status. */
	void book(String title, ItemStatus status, String... barcodes) throws StoreException {
		BibliographicRecord record = LibraryFactory.eINSTANCE.createBibliographicRecord();
		record.setLeader("00000nam a2200000 a 4500");
		DataField field = LibraryFactory.eINSTANCE.createDataField();
		field.setTag("245");
		field.setIndicator1('0');
		field.setIndicator2('0');
		Subfield a = LibraryFactory.eINSTANCE.createSubfield();
		a.setCode('a');
		a.setValue(title);
		field.getSubfields().add(a);
		record.getDataFields().add(field);
		records.save(record);
		int copy = 1;
		for (String barcode : barcodes) {
			Item item = LibraryFactory.eINSTANCE.createItem();
			item.setRecord(record);
			item.setBarcode(barcode);
			item.setCopyNumber(copy++);
			item.setStatus(status);
			items.save(item);
		}
	}

	/** A person with a library card, saved as the Patrons view saves one; blocked when a reason is given. */
	void patron(String given, String family, String card, String blockReason) throws StoreException {
		Person person = Patrons.newPatron();
		person.setGivenName(given);
		person.setFamilyName(family);
		PatronRole role = Patrons.card(person);
		role.setBarcode(card);
		if (blockReason != null) {
			role.setBlocked(true);
			role.setBlockReason(blockReason);
		}
		patrons.save(person);
	}

	/** The barcode of the first copy in this status, or null. */
	String withStatus(ItemStatus status) throws Exception {
		try (Connection c = database.connect(); var select = c.prepareStatement(
				"SELECT BARCODE FROM LIBRARY_ITEM WHERE STATUS = ? ORDER BY BARCODE FETCH FIRST 1 ROWS ONLY")) {
			select.setString(1, status.getLiteral());
			try (var row = select.executeQuery()) {
				return row.next() ? row.getString(1) : null;
			}
		}
	}

	ItemStatus status(String barcode) throws StoreException {
		return items.byBarcode(barcode).getStatus();
	}

	@Override
	public void close() throws Exception {
		database.close();
	}
}
