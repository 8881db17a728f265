package org.techserv.library.serials.binding;

/**
 * One thing bound into a volume: a received serial issue or a worn copy.
 *
 * @param issueId the serial issue, or 0 for a copy
 * @param itemId  the copy (a worn one, or the copy a received issue became), or 0
 * @param label   the issue as {@code v.1:no.1(2024:Jan)}, or the copy's barcode
 */
public record Piece(long issueId, long itemId, String label) {
}
