package org.techserv.library.store.review;

/** What a technician submits for a librarian's review. */
public enum ReviewSubject {
	/** A catalogue record (LIBRARY_RECORD) made in the record editor or by copy cataloguing. */
	RECORD,
	/** A binding batch (BINDING_BATCH) before it is sent to the bindery. */
	BINDING_BATCH
}
