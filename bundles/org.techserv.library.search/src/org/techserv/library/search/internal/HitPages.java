package org.techserv.library.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.techserv.library.search.CatalogueOrder;
import org.techserv.library.search.SearchResult;

/** The first hits of a query in an order, with how many there are in all: what a search box shows. */
public final class HitPages {

	private HitPages() {
	}

	public static SearchResult first(IndexSearcher searcher, Query query, int max, CatalogueOrder order)
			throws IOException {
		int wanted = Math.min(max, searcher.getIndexReader().maxDoc());
		if (wanted <= 0) {
			return new SearchResult(new long[0], searcher.count(query));
		}
		if (order == CatalogueOrder.RELEVANCE) {
			// the best hits with block-max skipping, counted exactly up to 1,000; past that, counting on its own is
			// cheaper than scoring every hit (5-10 ms for a common word in a million records)
			TopDocs top = searcher.search(query, wanted);
			long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
					: searcher.count(query);
			return new SearchResult(ids(searcher, top.scoreDocs), (int) total);
		}
		// in a field's order every hit is compared anyway: the first hits and the exact count in one pass
		TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort(order), wanted, null, Integer.MAX_VALUE));
		return new SearchResult(ids(searcher, top.scoreDocs), (int) top.totalHits.value());
	}

	/** The record ids of hits, read from doc values in document order, returned in hit order. */
	public static long[] ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		long[] byDoc = new long[hits.length];
		for (int i = 0; i < hits.length; i++) {
			byDoc[i] = (long) hits[i].doc << 32 | i;
		}
		Arrays.sort(byDoc);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		long[] ids = new long[hits.length];
		LeafReaderContext leaf = null;
		NumericDocValues values = null;
		for (long packed : byDoc) {
			int doc = (int) (packed >>> 32);
			int position = (int) packed;
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				values = DocValues.getNumeric(leaf.reader(), Fields.ID);
			}
			ids[position] = values.advanceExact(doc - leaf.docBase) ? values.longValue() : 0;
		}
		return ids;
	}

	/** Orders by a value: records without it last, equal ones most recently indexed first (as {@link AllHits}). */
	static Sort sort(CatalogueOrder order) {
		SortField recent = new SortField(null, SortField.Type.DOC, true);
		return switch (order) {
		case RELEVANCE -> Sort.RELEVANCE;
		case NEWEST -> new Sort(new SortField(Fields.ID, SortField.Type.LONG, true));
		case TITLE -> new Sort(text(Fields.TITLE_SORT), recent);
		case AUTHOR -> new Sort(text(Fields.AUTHOR_SORT), recent);
		case YEAR -> new Sort(new SortField(Fields.YEAR_SORT, SortField.Type.INT, true), recent);
		case CALL_NUMBER -> new Sort(text(Fields.CALL_SORT), recent);
		};
	}

	private static SortField text(String field) {
		SortField sort = new SortField(field, SortField.Type.STRING);
		sort.setMissingValue(SortField.STRING_LAST);
		return sort;
	}
}
