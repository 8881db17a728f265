package org.techserv.library.store;

import org.techserv.library.store.review.ReviewStatus;

/**
 * One line of the catalogue list.
 *
 * @param id         the record's id
 * @param title      245 $a $b ...
 * @param author     1XX $a
 * @param year       the year of publication
 * @param isbn       the first ISBN
 * @param callNumber the call number
 * @param items      how many copies the library holds
 * @param review     where its newest submission for a librarian's review stands; null when never submitted
 */
public record CatalogueRow(long id, String title, String author, String year, String isbn, String callNumber,
		int items, ReviewStatus review) {
}
