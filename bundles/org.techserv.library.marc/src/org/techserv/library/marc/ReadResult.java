package org.techserv.library.marc;

import org.techserv.library.model.BibliographicRecord;

/** What reading one record of a file gave: the record, or why it was skipped. */
public sealed interface ReadResult {

	/** The record's position in the file, counted from 1. */
	int number();

	/** The byte offset where the record starts in the file (for MARCXML: the line of its start tag). */
	long offset();

	/**
	 * A record read whole.
	 *
	 * @param record   the record, in UTF-8
	 * @param original the record's bytes as they were in the file
	 */
	record Good(int number, long offset, BibliographicRecord record, byte[] original) implements ReadResult {
	}

	/**
	 * A record skipped.
	 *
	 * @param reason what is wrong, for the user
	 */
	record Bad(int number, long offset, String reason) implements ReadResult {
	}
}
