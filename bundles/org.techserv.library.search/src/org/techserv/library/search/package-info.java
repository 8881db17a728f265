/**
 * Keyword search over the library catalogue: a Lucene index of every record's title, names, subjects, publisher,
 * ISBN, ISSN, call number and year, kept in step with the store.
 * <p>
 * The query syntax ({@code CatalogueIndex.search}): words are AND-ed and found anywhere in a record, accents and
 * case ignored ("aida" finds "Aïda"); {@code "two words"} is a phrase; {@code title:}, {@code author:}
 * ({@code au:}, {@code by:}), {@code subject:} ({@code su:}), {@code publisher:}, {@code isbn:}, {@code issn:},
 * {@code call:} and {@code year:} limit the next word to one field; the last word is a prefix while it is typed
 * (no space after it), as is any word ending in {@code *}. An ISBN is found with or without hyphens and as ISBN-10
 * or ISBN-13; {@code call:} finds the call numbers that begin with what follows it. Nothing a user types is an
 * error: stray quotes, colons and operators are read as words, and text without a word lists every record.
 */
package org.techserv.library.search;
