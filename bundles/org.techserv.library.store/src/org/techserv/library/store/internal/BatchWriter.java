package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.CatalogueChange;
import org.techserv.library.store.CatalogueEvents;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.AuditTrail;
import org.techserv.store.Database;
import org.techserv.store.SqlErrors;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.Utc;

/**
 * Writes an import's batches on a thread of its own while the importing thread reads and checks the next
 * records: one transaction per batch on one connection, new records inserted 25 rows a statement with one audit
 * entry for the batch. After each commit the catalogue listeners are told (the search index takes the batch on
 * this thread too). The first failure stops the writing: later batches are dropped and the failure is thrown to
 * the importing thread.
 * <p>
 * Duplicates are looked up for the whole batch on the importing thread, on a connection of its own, when the
 * batch is handed over (the writer is the import's busiest thread, the reader waits for it most of the time). That
 * look-up sees what was committed; the batches handed over before it and not yet committed are at most
 * {@value #WAITING} waiting and one being written, so the writer remembers the new records of the last
 * {@value #WAITING} + 1 batches it wrote, and those of the batch itself as it goes. When the catalogue's keys were read
 * ({@link KnownKeys}), only the records with a key seen before are checked at all, and the writer makes its map of
 * those records only for a batch that has such a record.
 */
public final class BatchWriter implements AutoCloseable {

	/** A record read and checked, with its row worked out. */
	public record Pending(BibliographicRecord record, byte[] original, RecordRows.Values values) {
	}

	/**
	 * A batch with what the catalogue held of its keys when it was handed over (null: duplicates are kept) and which
	 * of its records may duplicate one at all (null: every one).
	 */
	private record Batch(List<Pending> pending, ExistingRecords found, BitSet mayDuplicate) {
	}

	private static final Batch END = new Batch(List.of(), null, null);
	/** Batches that may wait: the reader never runs far ahead of the database. */
	private static final int WAITING = 2;
	/**
	 * Up to this many keys of the catalogue a record of the import are read rather than looked up one by one: a
	 * record has two keys, and reading a key in index order costs under a fifth of looking one up.
	 */
	private static final int KEYS_READ_PER_RECORD = 4;

	private final Database database;
	private final BibliographicRecordRepository records;
	private final String format;
	private final Duplicates policy;
	private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(WAITING);
	/** A new record and its id, remembered until a look-up can see it. */
	private record Added(RecordRows.Values values, long id) {
	}

	/** The new records of the last batches written, batch by batch, oldest first; the writer's own. */
	private final Deque<List<Added>> recent = new ArrayDeque<>(WAITING + 2);
	/** The importing thread's, for duplicate look-ups; opened with the first batch. */
	private Connection lookups;
	/** About how many records the import brings, or -1 when not known. */
	private final long expected;
	/** The keys the catalogue and the import may hold; null: every record is looked up. The importing thread's. */
	private KnownKeys known;
	private final Thread thread;
	private volatile Throwable failure;
	private volatile int imported;
	private volatile int replaced;
	private volatile int skipped;
	private boolean ended;

	/** @param expected about how many records the import brings (to choose how duplicates are looked up), or -1 */
	public BatchWriter(Database database, BibliographicRecordRepository records, String format, Duplicates policy,
			long expected) {
		this.database = database;
		this.expected = expected;
		this.records = records;
		this.format = format;
		this.policy = policy;
		this.thread = new Thread(this::run, "MARC import writer"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	public int imported() {
		return imported;
	}

	public int replaced() {
		return replaced;
	}

	public int skipped() {
		return skipped;
	}

	/**
	 * Looks up what the batch might duplicate and hands it over; waits while {@value #WAITING} are waiting. Throws
	 * what made an earlier batch fail.
	 */
	public void submit(List<Pending> batch) throws StoreException {
		rethrow();
		if (!batch.isEmpty()) {
			put(policy == Duplicates.KEEP_BOTH ? new Batch(batch, null, null) : lookUp(batch));
		}
	}

	private Batch lookUp(List<Pending> batch) throws StoreException {
		try {
			if (lookups == null) {
				lookups = database.connect();
				lookups.setReadOnly(true);
				// reading the catalogue's keys costs less than looking up the import's when it has fewer
				known = expected > 0 ? KnownKeys.read(lookups, KEYS_READ_PER_RECORD * expected) : null;
			}
			List<RecordRows.Values> values = batch.stream().map(Pending::values).toList();
			if (known == null) {
				return new Batch(batch, ExistingRecords.find(lookups, values), null);
			}
			BitSet maybe = known.mayDuplicate(values);
			List<RecordRows.Values> looked = new ArrayList<>(maybe.cardinality());
			maybe.stream().forEach(i -> looked.add(values.get(i)));
			return new Batch(batch, ExistingRecords.find(lookups, looked), maybe);
		} catch (SQLException e) {
			throw SqlErrors.translate(e);
		}
	}

	/** Waits until every batch handed over is written; throws what made one fail. */
	public void finish() throws StoreException {
		end();
		rethrow();
	}

	/** Ends the writer (writing what was handed over) if {@link #finish()} did not. */
	@Override
	public void close() {
		end();
	}

	private void end() {
		if (!ended) {
			ended = true;
			put(END);
			boolean interrupted = false;
			while (thread.isAlive()) {
				try {
					thread.join();
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			closeLookups();
		}
	}

	private void closeLookups() {
		if (lookups != null) {
			try {
				lookups.close();
			} catch (SQLException e) {
				if (failure == null) {
					failure = SqlErrors.translate(e);
				}
			}
			lookups = null;
		}
	}

	private void put(Batch batch) {
		boolean interrupted = false;
		while (true) {
			try {
				queue.put(batch);
				break;
			} catch (InterruptedException e) {
				interrupted = true; // the batch must still reach the writer, or it would wait forever
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void rethrow() throws StoreException {
		Throwable cause = failure;
		if (cause instanceof StoreException e) {
			throw e;
		}
		if (cause instanceof RuntimeException e) {
			throw e;
		}
		if (cause instanceof Error e) {
			throw e;
		}
	}

	private void run() {
		try (Connection connection = database.connect(); NewIds ids = new NewIds(connection)) {
			while (true) {
				Batch batch = take();
				if (batch == END) {
					return;
				}
				if (failure == null) {
					try {
						write(connection, ids, batch);
					} catch (StoreException | RuntimeException | Error e) {
						failure = e;
					}
				}
			}
		} catch (SQLException e) {
			failure = SqlErrors.translate(e);
			drain();
		} catch (StoreException e) {
			failure = e;
			drain();
		}
	}

	/** After the connection failed: takes the batches so that the reader never waits for room. */
	private void drain() {
		while (take() != END) {
			// dropped
		}
	}

	private Batch take() {
		while (true) {
			try {
				return queue.take();
			} catch (InterruptedException e) {
				// only END ends the writer
			}
		}
	}

	private void write(Connection connection, NewIds ids, Batch batch) throws StoreException {
		List<BibliographicRecord> saved = new ArrayList<>(batch.pending().size());
		int[] counts = new int[3];
		List<Added> batchAdded = new ArrayList<>(batch.pending().size());
		CatalogueChange change = Transactions.inTransaction(connection, c -> {
			saved.clear();
			java.util.Arrays.fill(counts, 0);
			batchAdded.clear(); // a transaction tried again adds its records again
			writeRows(c, ids, batch, batchAdded, saved, counts);
			return CatalogueEvents.change(c, database, saved, List.of()).detach(); // this import lets go of them
		});
		recent.addLast(batchAdded);
		if (recent.size() > WAITING + 1) {
			recent.removeFirst(); // look-ups see it now
		}
		imported += counts[0];
		replaced += counts[1];
		skipped += counts[2];
		CatalogueEvents.committed(change);
	}

	/** The new records of the last batches written and those of this batch so far, to check a record against. */
	private ExistingRecords window(List<Added> batchAdded) {
		ExistingRecords window = ExistingRecords.none();
		for (List<Added> batch : recent) {
			batch.forEach(added -> window.add(added.values(), added.id()));
		}
		batchAdded.forEach(added -> window.add(added.values(), added.id()));
		return window;
	}

	private void writeRows(Connection c, NewIds ids, Batch batch, List<Added> batchAdded, List<BibliographicRecord> saved,
			int[] counts) throws SQLException, StoreException {
		String user = database.user();
		Instant now = Instant.now();
		ExistingRecords found = batch.found();
		BitSet mayDuplicate = batch.mayDuplicate();
		ExistingRecords window = null; // made when a record is first checked
		List<Long> created = new ArrayList<>(batch.pending().size());
		try (Inserts inserts = new Inserts(c, user, now)) {
			for (int index = 0; index < batch.pending().size(); index++) {
				Pending pending = batch.pending().get(index);
				BibliographicRecord record = pending.record();
				List<Long> same = List.of();
				if (found != null && (mayDuplicate == null || mayDuplicate.get(index))) {
					if (window == null) {
						window = window(batchAdded);
					}
					same = ExistingRecords.of(pending.values(), found, window);
				}
				BibliographicRecord stored = null;
				if (!same.isEmpty() && policy == Duplicates.REPLACE) {
					inserts.flush(); // the record to replace may be one of them
					stored = RecordRows.select(c, same.get(0));
					if (stored == null) { // deleted since the look-up: nothing to replace
						same = List.of();
					}
				}
				if (same.isEmpty()) {
					long id = ids.next();
					inserts.add(id, pending);
					created.add(id);
					record.setId(id);
					record.setVersion(1);
					record.setCreatedBy(user);
					record.setCreatedAt(now);
					record.setUpdatedBy(user);
					record.setUpdatedAt(now);
					if (found != null) {
						batchAdded.add(new Added(pending.values(), id));
						if (window != null) {
							window.add(pending.values(), id);
						}
					}
					saved.add(record);
					counts[0]++;
					continue;
				}
				if (stored != null) {
					if (!FieldLines.changes(stored, record).isEmpty()) {
						stored.getControlFields().clear();
						stored.getDataFields().clear();
						stored.setLeader(record.getLeader());
						stored.getControlFields().addAll(record.getControlFields());
						stored.getDataFields().addAll(record.getDataFields());
						stored.setSource(record.getSource());
						records.save(c, stored, null, null);
						saved.add(stored);
						counts[1]++;
						continue;
					}
				}
				counts[2]++;
			}
			inserts.flush();
		}
		AuditTrail.record(c, createdEntries(created, user, now));
	}

	/**
	 * The batch's new records in one audit entry (a few when their ids are scattered): an entry a record cost as
	 * much as the record's own row. Each record's row says who created it and when; its history shows that.
	 */
	private static List<AuditEntry> createdEntries(List<Long> ids, String user, Instant now) {
		List<AuditEntry> entries = new ArrayList<>(1);
		for (String ranges : IdRanges.format(ids, AuditTrail.MAX_VALUE)) {
			entries.add(new AuditEntry(RecordRows.IMPORT_TYPE, IdRanges.first(ranges), 1, Action.CREATED,
					RecordRows.IMPORT_FIELD, null, ranges, user, now));
		}
		return entries;
	}

	/** New rows, stored {@value #ROWS} to a statement: Derby runs one statement per row of a JDBC batch. */
	private final class Inserts implements AutoCloseable {
		private static final int ROWS = 25;
		private final Connection connection;
		private final String user;
		private final Timestamp at;
		/** One for the batch: a calendar made for each row cost as much as binding the row's other values. */
		private final Calendar utc = Utc.calendar();
		private final List<Object[]> rows = new ArrayList<>(ROWS);
		private PreparedStatement many;

		Inserts(Connection connection, String user, Instant now) {
			this.connection = connection;
			this.user = user;
			this.at = Timestamp.from(now);
		}

		void add(long id, Pending pending) throws SQLException {
			rows.add(new Object[] { id, pending });
			if (rows.size() == ROWS) {
				if (many == null) {
					many = connection.prepareStatement(RecordRows.insertRows(ROWS));
				}
				int next = 1;
				for (Object[] row : rows) {
					next = bind(many, next, row);
				}
				many.executeUpdate();
				rows.clear();
			}
		}

		/** Stores the rows waiting, one statement each. */
		void flush() throws SQLException {
			if (rows.isEmpty()) {
				return;
			}
			try (PreparedStatement one = connection.prepareStatement(RecordRows.INSERT)) {
				for (Object[] row : rows) {
					bind(one, 1, row);
					one.addBatch();
				}
				one.executeBatch();
			}
			rows.clear();
		}

		private int bind(PreparedStatement insert, int first, Object[] row) throws SQLException {
			Pending pending = (Pending) row[1];
			return RecordRows.bindInsert(insert, first, (Long) row[0], pending.values(), pending.original(), format,
					user, at, utc);
		}

		@Override
		public void close() throws SQLException {
			if (many != null) {
				many.close();
			}
		}
	}

}
