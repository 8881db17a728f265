package org.techserv.library.search;

/** How search results are ordered. */
public enum CatalogueOrder {
	/** Best match first: words in the title count more; equal matches in the order they were catalogued. */
	RELEVANCE,
	/** Most recently catalogued first. */
	NEWEST,
	/** By title, leading articles left out as the record says ("The Magic flute" under M); ties newest first. */
	TITLE,
	/** By main entry (author), then title. */
	AUTHOR,
	/** By year of publication, newest first, then title. */
	YEAR,
	/** By call number (the shelf order of LC and Dewey numbers written alike). */
	CALL_NUMBER
}
