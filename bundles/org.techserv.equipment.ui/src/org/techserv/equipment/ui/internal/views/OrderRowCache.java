package org.techserv.equipment.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techserv.equipment.store.OrderQueries;
import org.techserv.equipment.store.OrderRow;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.store.StoreException;

/**
 * The rows of a virtual order table: the matching ids, and blocks of rows read on demand and kept for the
 * most recently shown screens only, so memory stays flat however many orders match.
 */
final class OrderRowCache {

	private static final int BLOCKS_KEPT = 20;

	private volatile long[] ids = new long[0];
	private final Map<Integer, List<OrderRow>> blocks = new LinkedHashMap<>(32, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<OrderRow>> eldest) {
			return size() > BLOCKS_KEPT;
		}
	};

	synchronized void reset(long[] matching) {
		ids = matching;
		blocks.clear();
	}

	/** Reads the block holding row {@code index} if it is not cached. */
	synchronized void prefetch(int index) throws StoreException {
		block(index / OrderQueries.BLOCK);
	}

	/** The row at {@code index}, reading its block when needed; null when it was removed meanwhile. */
	synchronized OrderRow get(int index) {
		if (index >= ids.length) {
			return null;
		}
		try {
			List<OrderRow> block = block(index / OrderQueries.BLOCK);
			int offset = index % OrderQueries.BLOCK;
			return offset < block.size() ? block.get(offset) : null;
		} catch (StoreException e) {
			return null;
		}
	}

	private List<OrderRow> block(int number) throws StoreException {
		List<OrderRow> block = blocks.get(number);
		if (block == null) {
			int from = number * OrderQueries.BLOCK;
			block = Services.store().queries().rows(ids, from, Math.min(ids.length, from + OrderQueries.BLOCK));
			blocks.put(number, block);
		}
		return block;
	}
}
