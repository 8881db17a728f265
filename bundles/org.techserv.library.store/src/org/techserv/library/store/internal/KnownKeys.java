package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;

/**
 * Which duplicate keys (ISBN; control number with agency) the catalogue may hold, read once when a large import
 * starts, so that only records with such a key are looked up in the database. Looking up every key of every batch
 * walked Derby's indexes from the root for each key, a third of the importing thread's time; reading the keys in
 * index order costs a fraction of that when the catalogue is not much larger than the file (a first load, a
 * migration). Keys are kept as 32-bit hashes (4 bytes a key, 16 MB for a million records' two keys): a false match
 * costs a look-up, never a wrong answer, for the look-up compares the keys themselves. The keys of every record the
 * import hands over are added as it goes; past {@value #MOST_KEYS} keys every record is looked up again.
 * <p>
 * Records that other users add while the import runs are not in it; their keys are checked only when the import
 * repeats them.
 */
public final class KnownKeys {

	private static final String ISBNS = "SELECT ISBN FROM LIBRARY_RECORD --DERBY-PROPERTIES index=IX_RECORD_ISBN\n" //$NON-NLS-1$
			+ "WHERE ISBN IS NOT NULL"; //$NON-NLS-1$
	private static final String CONTROLS = "SELECT CONTROL_NUMBER, CONTROL_ID FROM LIBRARY_RECORD " //$NON-NLS-1$
			+ "--DERBY-PROPERTIES index=IX_RECORD_CONTROL\nWHERE CONTROL_NUMBER IS NOT NULL"; //$NON-NLS-1$

	/** More keys than this are not kept (32 MB): every record is looked up instead. */
	static final int MOST_KEYS = 6_000_000;

	private final IntSet hashes;
	/** Too many keys: the hashes were let go, every record is looked up. */
	private boolean full;

	private KnownKeys(int most) {
		hashes = new IntSet(most);
	}

	/**
	 * The keys the catalogue holds, or null when it holds more than {@code limit} (then looking up the import's
	 * keys one by one is cheaper).
	 */
	public static KnownKeys read(Connection c, long limit) throws SQLException {
		return read(c, limit, MOST_KEYS);
	}

	/** The same, keeping at most {@code most} keys (the catalogue's and the import's). */
	public static KnownKeys read(Connection c, long limit, int most) throws SQLException {
		KnownKeys known = new KnownKeys(most);
		long read = 0;
		try (PreparedStatement select = c.prepareStatement(ISBNS); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				if (++read > limit || known.add(rows.getString(1)) == Key.TOO_MANY) {
					return null;
				}
			}
		}
		try (PreparedStatement select = c.prepareStatement(CONTROLS); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				if (++read > limit
						|| known.add(ExistingRecords.controlKey(rows.getString(1), rows.getString(2))) == Key.TOO_MANY) {
					return null;
				}
			}
		}
		return known;
	}

	/**
	 * Which records of a batch (their indexes) have a key the catalogue or the import may hold; every key of the
	 * batch is added.
	 */
	public BitSet mayDuplicate(List<RecordRows.Values> batch) {
		BitSet maybe = new BitSet(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			RecordRows.Values values = batch.get(i);
			Key isbn = add(ExistingRecords.isbnKey(values));
			Key control = add(ExistingRecords.controlKey(values)); // both keys, whatever the first gave
			if (isbn != Key.NEW || control != Key.NEW) {
				maybe.set(i);
			}
		}
		return maybe;
	}

	/** What adding a key found. */
	private enum Key {
		/** Not held before (or no key): nothing to look up for it. */
		NEW,
		/** Held already, maybe by another key with the same hash: to be looked up. */
		HELD,
		/** Too many keys: not added, and every record is looked up from now on. */
		TOO_MANY
	}

	private Key add(String key) {
		if (full) {
			return Key.TOO_MANY;
		}
		if (key == null) {
			return Key.NEW;
		}
		Key found = hashes.add(hash(key));
		if (found == Key.TOO_MANY) {
			full = true;
			hashes.clear();
		}
		return found;
	}

	/** FNV-1a over the characters, then mixed (MurmurHash3's finaliser) so that similar keys spread. */
	static int hash(String key) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			h = (h ^ key.charAt(i)) * 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (int) (h ^ (h >>> 32));
	}

	/** Ints in open addressing, up to a most: 4 to 5 bytes a key, not a boxed value and a node. */
	static final class IntSet {
		private static final int EMPTY = 0;
		private final int most;
		private int[] slots = new int[1 << 12];
		private int size;

		IntSet(int most) {
			this.most = most;
		}

		/** @return NEW when added, HELD when there already, TOO_MANY when it holds its most (not added) */
		Key add(int value) {
			int key = value == EMPTY ? 1 : value; // 0 marks a free slot
			int mask = slots.length - 1;
			int i = key & mask;
			while (slots[i] != EMPTY) {
				if (slots[i] == key) {
					return Key.HELD;
				}
				i = (i + 1) & mask;
			}
			if (size >= most) {
				return Key.TOO_MANY;
			}
			slots[i] = key;
			if (++size > slots.length / 4 * 3) {
				grow();
			}
			return Key.NEW;
		}

		void clear() {
			slots = new int[1 << 4];
			size = 0;
		}

		private void grow() {
			int[] old = slots;
			slots = new int[old.length * 2];
			int mask = slots.length - 1;
			for (int key : old) {
				if (key != EMPTY) {
					int i = key & mask;
					while (slots[i] != EMPTY) {
						i = (i + 1) & mask;
					}
					slots[i] = key;
				}
			}
		}
	}
}
