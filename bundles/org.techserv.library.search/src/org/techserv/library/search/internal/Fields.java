package org.techserv.library.search.internal;

/** The index's field names: what the query syntax offers and what documents carry. */
public final class Fields {

	/** The record id: a point to replace and delete by, and a doc value to read hits and sort newest first. */
	public static final String ID = "id"; //$NON-NLS-1$
	/**
	 * Words of a record that have no field of their own: statement of responsibility, place, contents, series,
	 * edition, and the ISBNs, ISSN and year as words.
	 */
	public static final String OTHER = "other"; //$NON-NLS-1$
	public static final String TITLE = "title"; //$NON-NLS-1$
	public static final String AUTHOR = "author"; //$NON-NLS-1$
	public static final String SUBJECT = "subject"; //$NON-NLS-1$
	public static final String PUBLISHER = "publisher"; //$NON-NLS-1$
	/** Each ISBN in both forms (Isbns), as keywords. */
	public static final String ISBN = "isbn"; //$NON-NLS-1$
	public static final String ISSN = "issn"; //$NON-NLS-1$
	/** Call numbers, tokenised. */
	public static final String CALL = "call"; //$NON-NLS-1$
	/** Call numbers as one keyword each (SortKeys.callKey), for prefix searches. */
	public static final String CALL_KEY = "callkey"; //$NON-NLS-1$
	public static final String YEAR = "year"; //$NON-NLS-1$

	/**
	 * Where a word without a field prefix is looked for (each text is indexed once, in its own field: copying
	 * everything into one catch-all field cost a quarter more indexing time).
	 */
	public static final java.util.List<String> ANYWHERE = java.util.List.of(TITLE, AUTHOR, SUBJECT, PUBLISHER, OTHER,
			CALL);

	public static final String TITLE_SORT = "title_sort"; //$NON-NLS-1$
	public static final String AUTHOR_SORT = "author_sort"; //$NON-NLS-1$
	public static final String CALL_SORT = "call_sort"; //$NON-NLS-1$
	public static final String YEAR_SORT = "year_sort"; //$NON-NLS-1$

	private Fields() {
	}
}
