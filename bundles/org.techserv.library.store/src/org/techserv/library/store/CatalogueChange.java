package org.techserv.library.store;

import java.util.List;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.store.Database;

/**
 * What one committed transaction did to the records of a catalogue.
 *
 * @param database   the catalogue's database (listeners that keep something for one database compare it)
 * @param saved      records inserted or updated, as saved (id and version set); read them during the call only,
 *                   their owner may go on editing them, unless the change is {@code detached}
 * @param deleted    ids of records removed
 * @param generation where the catalogue's change counter stood when the transaction committed (the newest audit
 *                   entry's id, see {@link BibliographicRecordRepository#generation()}): what was seen up to here
 * @param detached   whether whoever saved the records has let go of them (an import's batch): nobody changes them
 *                   any more, so a listener may keep them and read them later, on another thread
 */
public record CatalogueChange(Database database, List<BibliographicRecord> saved, List<Long> deleted, long generation,
		boolean detached) {

	public CatalogueChange {
		saved = List.copyOf(saved);
		deleted = List.copyOf(deleted);
	}

	/** A change whose records their owner may go on editing. */
	public CatalogueChange(Database database, List<BibliographicRecord> saved, List<Long> deleted, long generation) {
		this(database, saved, deleted, generation, false);
	}

	/** The same change, telling listeners that nobody changes its records any more. */
	public CatalogueChange detach() {
		return new CatalogueChange(database, saved, deleted, generation, true);
	}
}
