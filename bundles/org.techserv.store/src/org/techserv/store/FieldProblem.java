package org.techserv.store;

/**
 * One thing wrong with one field of a record about to be saved.
 *
 * @param field   the field as the user knows it ("Customer number")
 * @param value   the offending value as text, or empty
 * @param message the whole sentence for the user, naming the field and the value
 */
public record FieldProblem(String field, String value, String message) {
}
