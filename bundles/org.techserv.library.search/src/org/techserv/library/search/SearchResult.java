package org.techserv.library.search;

/**
 * What a search found.
 *
 * @param ids   the record ids of the first hits, in the order asked for
 * @param total how many records match in all (exact, also past the ids returned)
 */
public record SearchResult(long[] ids, int total) {

	public static final SearchResult NONE = new SearchResult(new long[0], 0);
}
