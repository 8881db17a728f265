package org.techserv.library.search;

/**
 * How search results are ordered. In the orders by a value, records with equal values come most recently indexed
 * first, and records without the value last.
 */
public enum CatalogueOrder {
	/** Best match first: words in the title count more. */
	RELEVANCE,
	/** Most recently catalogued first (highest record id). */
	NEWEST,
	/** By title, leading articles left out as the record says ("The Magic flute" under M). */
	TITLE,
	/** By main entry (author). */
	AUTHOR,
	/** By year of publication, newest first. */
	YEAR,
	/** By call number (the shelf order of LC and Dewey numbers written alike). */
	CALL_NUMBER
}
