package org.techserv.library.sru;

import java.util.List;

/**
 * What one search answered.
 *
 * @param target      the target searched
 * @param query       the CQL query sent
 * @param total       how many records match on the server (0 when the search failed: see diagnostics)
 * @param start       the position of the first record asked for, from 1
 * @param hits        the records of this page, in the server's order
 * @param diagnostics what the server reported about the whole search, for the user (empty when all went well)
 * @param nextStart   the position to ask for to get the next page, or 0 when there is none
 */
public record SruResult(SruTarget target, String query, int total, int start, List<SruHit> hits,
		List<SruDiagnostic> diagnostics, int nextStart) {

	public SruResult {
		hits = List.copyOf(hits);
		diagnostics = List.copyOf(diagnostics);
	}

	/** The records read whole. */
	public List<SruHit.Good> good() {
		return hits.stream().filter(SruHit.Good.class::isInstance).map(SruHit.Good.class::cast).toList();
	}

	/** Whether more records match than this page and the ones before it hold. */
	public boolean hasMore() {
		return nextStart > 0;
	}
}
