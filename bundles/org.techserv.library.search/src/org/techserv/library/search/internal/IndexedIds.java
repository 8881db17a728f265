package org.techserv.library.search.internal;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The highest record id an index has ever held. Record ids come from a sequence and are never given out twice,
 * so a record above it cannot have a document yet: it is added as it is, without the look-up for an older copy
 * that replacing a document costs (for an import's new records, most of the index's writes).
 */
public final class IndexedIds {

	private long highest;

	/** Starts from what {@code reader} holds, deleted documents included. */
	public IndexedIds(IndexReader reader) throws IOException {
		long max = Long.MIN_VALUE;
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues ids = leaf.reader().getNumericDocValues(Fields.ID);
			if (ids != null) {
				while (ids.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
					max = Math.max(max, ids.longValue());
				}
			}
		}
		highest = max;
	}

	/**
	 * Notes that the record is being written; whether the index has never held it. The caller writes the document
	 * while it holds this object's lock, so that two writes of one new record cannot both add it.
	 */
	public boolean isNew(long id) {
		if (id > highest) {
			highest = id;
			return true;
		}
		return false;
	}
}
