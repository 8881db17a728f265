package org.techserv.library.sru;

import org.techserv.library.model.BibliographicRecord;

/** One record of a search result: read whole, or why it could not be. */
public sealed interface SruHit {

	/** The record's position in the server's result set, counted from 1. */
	int position();

	/**
	 * A record read whole, to preview and import.
	 *
	 * @param record   the record (values such as {@code getTitle()} are derived from its fields)
	 * @param original the record's MARCXML as it stood in the response (UTF-8), kept in the catalogue on import
	 */
	record Good(int position, BibliographicRecord record, byte[] original) implements SruHit {
	}

	/**
	 * A record the server sent but that cannot be used.
	 *
	 * @param reason what is wrong, for the user: the server's diagnostic for this record, or what is damaged
	 */
	record Bad(int position, String reason) implements SruHit {
	}
}
