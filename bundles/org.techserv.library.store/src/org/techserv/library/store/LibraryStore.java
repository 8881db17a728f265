package org.techserv.library.store;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.store.Database;

/** The library's records in one place, as a service for the workbench. */
@Component(service = LibraryStore.class)
public final class LibraryStore {

	private final Database database;
	private final BibliographicRecordRepository records;
	private final ItemRepository items;
	private final CataloguingTaskRepository tasks;
	private final CatalogueQueries catalogue;

	@Activate
	public LibraryStore(@Reference Database database) {
		this.database = database;
		this.records = new BibliographicRecordRepository(database);
		this.items = new ItemRepository(database);
		this.tasks = new CataloguingTaskRepository(database);
		this.catalogue = new CatalogueQueries(database);
	}

	public Database database() {
		return database;
	}

	public BibliographicRecordRepository records() {
		return records;
	}

	public ItemRepository items() {
		return items;
	}

	public CataloguingTaskRepository tasks() {
		return tasks;
	}

	public CatalogueQueries catalogue() {
		return catalogue;
	}

	/** A new import into this catalogue. */
	public MarcImport marcImport() {
		return new MarcImport(database);
	}
}
