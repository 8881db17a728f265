package org.techserv.library.serials.binding;

/**
 * A title a volume can be made of: one with received issues in no batch yet or copies that may go to the bindery.
 *
 * @param issues how many of its received issues are free to bind
 * @param copies how many of its copies may go to the bindery as worn copies
 */
public record BindableTitle(long recordId, String title, int issues, int copies) {
}
