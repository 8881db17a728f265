package org.techserv.store;

import java.util.List;

/**
 * One page of a longer result, read with a keyset (the sort key of the last row), so that a table of a million
 * rows is never loaded whole.
 *
 * @param items   the rows of this page
 * @param hasMore whether rows follow this page
 * @param <T>     the row type
 */
public record Page<T>(List<T> items, boolean hasMore) {

	public Page {
		items = List.copyOf(items);
	}

	/** The last row, from which the next page's keyset is taken; null for an empty page. */
	public T last() {
		return items.isEmpty() ? null : items.get(items.size() - 1);
	}
}
