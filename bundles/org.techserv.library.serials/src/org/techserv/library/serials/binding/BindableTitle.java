package org.techserv.library.serials.binding;

/**
 * A title with received issues that are in no batch yet: one a volume can be made of.
 *
 * @param issues how many of its received issues are free to bind
 */
public record BindableTitle(long recordId, String title, int issues) {
}
