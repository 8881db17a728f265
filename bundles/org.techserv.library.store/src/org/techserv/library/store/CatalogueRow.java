package org.techserv.library.store;

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
 */
public record CatalogueRow(long id, String title, String author, String year, String isbn, String callNumber,
		int items) {
}
