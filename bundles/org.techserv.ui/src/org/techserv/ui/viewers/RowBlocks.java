package org.techserv.ui.viewers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a virtual table: the ids that match, and blocks of rows read on demand and kept for the most recently
 * shown screens only, so memory stays flat however many rows match.
 *
 * @param <R> a row
 */
public final class RowBlocks<R> {

	/** Reads the rows of {@code ids[from..to)}, in that order. */
	@FunctionalInterface
	public interface Reader<R> {
		List<R> rows(long[] ids, int from, int to) throws Exception;
	}

	private static final int BLOCKS_KEPT = 20;

	private final int blockSize;
	private final Reader<R> reader;
	private volatile long[] ids = new long[0];
	private final Map<Integer, List<R>> blocks = new LinkedHashMap<>(32, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<R>> eldest) {
			return size() > BLOCKS_KEPT;
		}
	};

	public RowBlocks(int blockSize, Reader<R> reader) {
		this.blockSize = blockSize;
		this.reader = reader;
	}

	public synchronized void reset(long[] matching) {
		ids = matching;
		blocks.clear();
	}

	/** Forgets the rows read so far, keeping the ids: the rows are read again when shown (their values changed). */
	public synchronized void forget() {
		blocks.clear();
	}

	public int size() {
		return ids.length;
	}

	/** Reads the block holding row {@code index} if it is not cached. */
	public synchronized void prefetch(int index) throws Exception {
		block(index / blockSize);
	}

	/** The row at {@code index}, reading its block when needed; null when it is gone or cannot be read. */
	public synchronized R get(int index) {
		if (index >= ids.length) {
			return null;
		}
		try {
			List<R> block = block(index / blockSize);
			int offset = index % blockSize;
			return offset < block.size() ? block.get(offset) : null;
		} catch (Exception e) {
			return null;
		}
	}

	private List<R> block(int number) throws Exception {
		List<R> block = blocks.get(number);
		if (block == null) {
			int from = number * blockSize;
			block = reader.rows(ids, from, Math.min(ids.length, from + blockSize));
			blocks.put(number, block);
		}
		return block;
	}
}
