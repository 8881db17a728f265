package org.techserv.library.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.techserv.library.search.CatalogueOrder;

/**
 * Every hit of a query as record ids in a field's order, for a list that shows all of them (a virtual table over
 * a million records). Each hit costs a sort key and its id, packed into longs and sorted as numbers: a million
 * hits in well under a second, where collecting them as top documents would hold a million objects. Titles,
 * names and call numbers compare by their global ordinal (built once per reader); ties go to the most recently
 * indexed.
 */
public final class AllHits {

	/** The global ordinals of the sort fields, for the reader they were built for. */
	private final Map<String, OrdinalMap> ordinals = new HashMap<>();
	private IndexReader.CacheKey ordinalsOwner;

	/** The ids of all hits in the given order. */
	public long[] of(IndexSearcher searcher, Query query, CatalogueOrder order) throws IOException {
		return switch (order) {
		case RELEVANCE -> {
			int total = searcher.count(query);
			yield total == 0 ? new long[0] : HitPages.ids(searcher, searcher.search(query, total).scoreDocs);
		}
		case NEWEST -> newest(searcher, query);
		case TITLE -> byText(searcher, query, Fields.TITLE_SORT);
		case AUTHOR -> byText(searcher, query, Fields.AUTHOR_SORT);
		case YEAR -> byNumberDescending(searcher, query, Fields.YEAR_SORT);
		case CALL_NUMBER -> byText(searcher, query, Fields.CALL_SORT);
		};
	}

	/** The ids of all hits, newest (highest id) first. */
	private long[] newest(IndexSearcher searcher, Query query) throws IOException {
		Collected hits = collect(searcher, query, null, null);
		// every record: the array was made to size, and is sorted where it lies
		long[] ids = hits.count == hits.ids.length ? hits.ids : Arrays.copyOf(hits.ids, hits.count);
		Arrays.sort(ids);
		for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
			long id = ids[i];
			ids[i] = ids[j];
			ids[j] = id;
		}
		return ids;
	}

	/** The ids of all hits ordered by a sorted (text) doc values field, records without it last. */
	private long[] byText(IndexSearcher searcher, Query query, String field) throws IOException {
		OrdinalMap global = globalOrdinals(searcher.getIndexReader(), field);
		return sorted(collect(searcher, query, field, global));
	}

	/** The ids of all hits, the highest value of a numeric doc values field first, records with 0 last. */
	private long[] byNumberDescending(IndexSearcher searcher, Query query, String field) throws IOException {
		return sorted(collect(searcher, query, field, null));
	}

	private static long[] sorted(Collected hits) {
		long[] order = Arrays.copyOf(hits.keys, hits.count);
		Arrays.sort(order);
		long[] ids = new long[order.length];
		for (int i = 0; i < order.length; i++) {
			ids[i] = hits.ids[Integer.MAX_VALUE - (int) order[i]];
		}
		return ids;
	}

	private synchronized OrdinalMap globalOrdinals(IndexReader reader, String field) throws IOException {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		IndexReader.CacheKey key = helper == null ? null : helper.getKey();
		if (key == null || key != ordinalsOwner) {
			ordinals.clear();
			ordinalsOwner = key;
		}
		OrdinalMap map = ordinals.get(field);
		if (map == null && reader.leaves().size() > 1) {
			List<LeafReaderContext> leaves = reader.leaves();
			SortedDocValues[] values = new SortedDocValues[leaves.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
			}
			map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
			if (key != null) {
				ordinals.put(field, map);
			}
		}
		return map;
	}

	/**
	 * Every hit's id, and for a sort field its key packed with its place: key in the upper half (smaller sorts
	 * first), {@code MAX - place} in the lower (later hits, the more recently indexed, first among equals).
	 */
	private static Collected collect(IndexSearcher searcher, Query query, String field, OrdinalMap global)
			throws IOException {
		// every record (the whole catalogue list): one array of the right size, not a million ids copied as it grows
		int live = searcher.getIndexReader().numDocs();
		Collected hits = new Collected(query instanceof MatchAllDocsQuery ? live : Math.min(live, 1 << 16), field != null);
		// slices run one after the other here (the searcher has no executor), so they may share the arrays
		searcher.search(query, new CollectorManager<LeafIds, Void>() {
			@Override
			public LeafIds newCollector() {
				return new LeafIds(hits, field, global);
			}

			@Override
			public Void reduce(Collection<LeafIds> collectors) {
				return null;
			}
		});
		return hits;
	}

	/** Reads each hit's id and sort key from doc values. */
	private static final class LeafIds extends SimpleCollector {
		private final Collected hits;
		private final String field;
		private final OrdinalMap global;
		private NumericDocValues ids;
		private SortedDocValues text;
		private NumericDocValues number;
		private LongValues toGlobal;

		LeafIds(Collected hits, String field, OrdinalMap global) {
			this.hits = hits;
			this.field = field;
			this.global = global;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
			ids = DocValues.getNumeric(leaf.reader(), Fields.ID);
			if (field != null) {
				if (Fields.YEAR_SORT.equals(field)) {
					number = DocValues.getNumeric(leaf.reader(), field);
				} else {
					text = DocValues.getSorted(leaf.reader(), field);
					toGlobal = global == null ? null : global.getGlobalOrds(leaf.ord);
				}
			}
		}

		@Override
		public void collect(int doc) throws IOException {
			long id = ids.advanceExact(doc) ? ids.longValue() : 0;
			long key = 0;
			if (number != null) {
				long value = number.advanceExact(doc) ? number.longValue() : 0;
				key = value <= 0 ? Integer.MAX_VALUE : Integer.MAX_VALUE - 1 - Math.min(value, Integer.MAX_VALUE - 2);
			} else if (text != null) {
				key = !text.advanceExact(doc) ? Integer.MAX_VALUE
						: toGlobal == null ? text.ordValue() : toGlobal.get(text.ordValue());
			}
			hits.add(id, key);
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}
	}

	/** Ids and packed keys of the hits, in the order collected. */
	private static final class Collected {
		long[] ids;
		long[] keys;
		int count;

		Collected(int capacity, boolean keyed) {
			ids = new long[Math.max(16, capacity)];
			keys = keyed ? new long[ids.length] : null;
		}

		void add(long id, long key) {
			if (count == ids.length) {
				ids = Arrays.copyOf(ids, count * 2);
				if (keys != null) {
					keys = Arrays.copyOf(keys, ids.length);
				}
			}
			if (keys != null) {
				keys[count] = key << 32 | (Integer.MAX_VALUE - count);
			}
			ids[count++] = id;
		}
	}
}
