package org.techserv.library.store.internal;

import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.model.BibliographicRecord;

/** A record's fields as the store keeps them: ISO 2709 in UTF-8, exact and compact. */
public final class MarcBytes {

	private MarcBytes() {
	}

	public static byte[] of(BibliographicRecord record) {
		return MarcWriting.iso2709(record);
	}

	/** The fields of stored bytes into a new record (id, version and who/when are the caller's to set). */
	public static BibliographicRecord read(byte[] bytes) {
		return MarcReading.stored(bytes);
	}
}
