package org.techserv.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.search.internal.AllHits;
import org.techserv.library.search.internal.CatalogueAnalyzer;
import org.techserv.library.search.internal.HitPages;
import org.techserv.library.search.internal.IndexQueue;
import org.techserv.library.search.internal.IndexedIds;
import org.techserv.library.search.internal.Messages;
import org.techserv.library.search.internal.RecordDocument;
import org.techserv.library.search.internal.UserQuery;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.library.store.CatalogueChange;
import org.techserv.store.StoreException;

/**
 * The catalogue's keyword index (Apache Lucene) in one folder: title, author, subjects, publisher, ISBN (both
 * forms), ISSN, call number and year of each record, by record id. Searches see every update made before them
 * (near-real-time reader, refreshed when something changed). The index remembers the store
 * {@link BibliographicRecordRepository#generation() generation} it reflects, so that changes made while nobody
 * listened are found later ({@link #synchronise}); it is written to disk at most every 15 seconds (a commit
 * syncs files, too slow for each of an import's batches) and on {@link #close()}, and whatever a crash loses in
 * between is taken again from the store.
 * <p>
 * Thread-safe: searches, updates and a rebuild may run at the same time; a rebuild is built beside the index and
 * replaces it only when complete, so searches keep working and a cancelled rebuild changes nothing.
 */
public final class CatalogueIndex implements AutoCloseable {

	/** What {@link #synchronise} did. */
	public enum Sync {
		/** Nothing was missing. */
		CURRENT,
		/** The records changed since the index was last written were indexed again. */
		CAUGHT_UP,
		/** The index was built again from every record (it was missing, unreadable, from an older release, or too far behind). */
		REBUILT
	}

	/** Changes the layout of the documents: an index written with another schema is rebuilt. */
	static final String SCHEMA = "2"; //$NON-NLS-1$
	private static final String SCHEMA_KEY = "techserv.schema"; //$NON-NLS-1$
	private static final String GENERATION_KEY = "techserv.generation"; //$NON-NLS-1$
	/** Up to this many changed records are taken one by one; more are cheaper to rebuild. */
	static final int CATCH_UP_LIMIT = 20_000;
	private static final long COMMIT_INTERVAL = TimeUnit.SECONDS.toNanos(15);
	private static final int RAM_BUFFER_MB = 64;
	/**
	 * A buffer this full is written to a segment on the flush thread, while documents go on into a fresh one: when
	 * the thread adding them flushed (a fifth of its time in an import), the import's writer soon waited for it and
	 * a core stood idle. Half the buffer keeps the index's memory where a full buffer had it.
	 */
	private static final long FLUSH_AHEAD_BYTES = RAM_BUFFER_MB / 2 * 1024L * 1024L;

	private final Path folder;
	private final Analyzer analyzer = new CatalogueAnalyzer();
	private final IndexQueue queue = new IndexQueue("Catalogue index"); //$NON-NLS-1$
	private final IndexQueue flushes = new IndexQueue("Catalogue index flush"); //$NON-NLS-1$
	/** A flush is asked for or running: at most one at a time. */
	private final AtomicBoolean flushing = new AtomicBoolean();
	private final AllHits allHits = new AllHits();
	/** Searches and updates share it; replacing the index and closing take it alone. */
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final Object rebuilding = new Object();
	/** The store generation the index reflects; -1 when it does not reflect the store (needs a rebuild). */
	private final AtomicLong generation = new AtomicLong(-1);
	private Directory directory;
	private IndexWriter writer;
	private SearcherManager searchers;
	/** Which records the open index has held: a new one is added without replacing. */
	private volatile IndexedIds indexedIds;
	/** Counts the writes; a searcher reflects those counted up to {@link #refreshed}. */
	private final AtomicLong changes = new AtomicLong();
	private volatile long refreshed;
	private final Object refreshing = new Object();
	private volatile long lastCommit = System.nanoTime();
	private boolean closed;
	/** Record ids changed while a rebuild runs (taken again when it is done); null when none runs. */
	private Set<Long> touched;
	private long touchedGeneration;

	private CatalogueIndex(Path folder) {
		this.folder = folder;
	}

	/**
	 * Opens the index in {@code folder}, creating it when missing. An index that cannot be read (damaged, from an
	 * older release) is replaced by an empty one that {@link #needsRebuild() needs a rebuild}.
	 *
	 * @throws IOException when the folder cannot be written, or another program holds the index
	 */
	public static CatalogueIndex open(Path folder) throws IOException {
		CatalogueIndex index = new CatalogueIndex(folder.toAbsolutePath().normalize());
		index.openFolder();
		return index;
	}

	public Path folder() {
		return folder;
	}

	/** The store generation whose records the index holds; -1 when it needs a rebuild first. */
	public long generation() {
		return generation.get();
	}

	/** Whether the index must be built from the store before it can be trusted (new, damaged, older release). */
	public boolean needsRebuild() {
		return generation.get() < 0;
	}

	/** How many records the index holds. */
	public int size() throws IOException {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	/** The best {@code max} matches of what the user typed, and how many match in all. Never fails on odd input. */
	public SearchResult search(String text, int max) throws IOException {
		return search(text, max, CatalogueOrder.RELEVANCE);
	}

	/**
	 * The first {@code max} matches in the given order, and how many match in all. Blank text, or text without a
	 * word, matches every record. See the package documentation for the query syntax.
	 */
	public SearchResult search(String text, int max, CatalogueOrder order) throws IOException {
		Query query = UserQuery.parse(text, analyzer);
		return withSearcher(searcher -> HitPages.first(searcher, query, max, order));
	}

	/**
	 * Every record that matches, in the given order: what a list showing all hits needs (a virtual table over the
	 * whole catalogue: a million ids are 8 MB and take a few hundred milliseconds). Blank text: every record.
	 */
	public long[] ids(String text, CatalogueOrder order) throws IOException {
		Query query = UserQuery.parse(text, analyzer);
		return withSearcher(searcher -> allHits.of(searcher, query, order));
	}

	/** Work on a searcher that sees every change made before (those still queued included). */
	private interface SearcherWork<T> {
		T run(IndexSearcher searcher) throws IOException;
	}

	private <T> T withSearcher(SearcherWork<T> work) throws IOException {
		queue.await();
		lock.readLock().lock();
		try {
			ensureOpen();
			refreshIfChanged();
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.run(searcher);
			} finally {
				searchers.release(searcher);
			}
		} finally {
			lock.readLock().unlock();
		}
	}

	/** Indexes the records again (new ones added, changed ones replaced) as of store generation {@code generation}. */
	public void update(Collection<BibliographicRecord> records, long generation) throws IOException {
		apply(records, List.of(), generation);
	}

	/** Removes records from the index. */
	public void delete(Collection<Long> ids, long generation) throws IOException {
		apply(List.of(), ids, generation);
	}

	/** Takes what one committed transaction did. */
	public void apply(CatalogueChange change) throws IOException {
		apply(change.saved(), change.deleted(), change.generation());
	}

	/**
	 * Takes what one committed transaction did on the index's own thread: the records are read now (their owner
	 * may change them afterwards) unless the change is detached, and the index is written while the caller goes
	 * on. Searches wait for it. When the writing fails, the failure is logged and the index
	 * {@link #needsRebuild() needs a rebuild}.
	 */
	public void applyLater(CatalogueChange change) {
		List<Long> ids = change.saved().stream().map(BibliographicRecord::getId).toList();
		// records their owner may still change are read now; detached ones on the index's thread
		List<Document> documents = change.detached() ? null : change.saved().stream().map(RecordDocument::of).toList();
		List<Long> deleted = change.deleted();
		long at = change.generation();
		queue.submit(() -> {
			try {
				write(ids, documents != null ? documents : change.saved().stream().map(RecordDocument::of).toList(),
						deleted, at);
			} catch (IOException | RuntimeException e) {
				failedInBackground(e);
			}
		});
	}

	private void apply(Collection<BibliographicRecord> saved, Collection<Long> deleted, long at) throws IOException {
		queue.await(); // in the order the changes were made
		write(saved.stream().map(BibliographicRecord::getId).toList(), saved.stream().map(RecordDocument::of).toList(),
				deleted, at);
	}

	private void write(List<Long> ids, List<Document> documents, Collection<Long> deleted, long at) throws IOException {
		lock.readLock().lock();
		try {
			ensureOpen();
			IndexedIds written = indexedIds;
			synchronized (written) {
				for (int i = 0; i < ids.size(); i++) {
					long id = ids.get(i);
					if (written.isNew(id)) {
						writer.addDocument(documents.get(i));
					} else {
						writer.updateDocuments(RecordDocument.idQuery(id), List.of(documents.get(i)));
					}
				}
			}
			if (!deleted.isEmpty()) {
				writer.deleteDocuments(RecordDocument.idsQuery(deleted));
			}
			changes.incrementAndGet();
			flushAheadIfFull();
			noteDuringRebuild(ids, deleted, at);
			generation.updateAndGet(current -> current < 0 ? current : Math.max(current, at));
			if (System.nanoTime() - lastCommit > COMMIT_INTERVAL) {
				commitOpen();
			}
		} finally {
			lock.readLock().unlock();
		}
	}

	/** A write or flush on the index's own threads failed: nobody waits for it, so it is logged. */
	private void failedInBackground(Exception e) {
		invalidate(); // the next synchronise rebuilds it: nothing stays missing
		ILog.of(CatalogueIndex.class).error(NLS.bind(Messages.updateFailed, folder, e.getMessage()), e);
	}

	/** Under the read lock, with the index open. */
	private void flushAheadIfFull() {
		if (writer.ramBytesUsed() - writer.getFlushingBytes() < FLUSH_AHEAD_BYTES || !flushing.compareAndSet(false, true)) {
			return;
		}
		IndexWriter full = writer;
		flushes.submit(() -> {
			lock.readLock().lock();
			try {
				if (!closed && writer == full) {
					full.flushNextBuffer();
				}
			} catch (IOException | RuntimeException e) {
				failedInBackground(e);
			} finally {
				flushing.set(false);
				lock.readLock().unlock();
			}
		});
	}

	private synchronized void noteDuringRebuild(List<Long> saved, Collection<Long> deleted, long at) {
		if (touched != null) {
			touched.addAll(saved);
			touched.addAll(deleted);
			touchedGeneration = Math.max(touchedGeneration, at);
		}
	}

	/** Writes what was indexed to disk, with the generation it reflects. */
	public void commit() throws IOException {
		queue.await();
		lock.readLock().lock();
		try {
			ensureOpen();
			commitOpen();
		} finally {
			lock.readLock().unlock();
		}
	}

	private void commitOpen() throws IOException {
		writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, GENERATION_KEY, Long.toString(generation.get())).entrySet());
		writer.commit();
		lastCommit = System.nanoTime();
	}

	/**
	 * Brings the index up to the store: nothing to do when it reflects the store's generation and holds as many
	 * records; the records changed since, when they are few; else a {@link #rebuild}. Cancelling leaves the index
	 * as it was.
	 *
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public Sync synchronise(BibliographicRecordRepository records, IProgressMonitor monitor)
			throws IOException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.catchUpTask, 100);
		long known = generation.get();
		long stored = records.generation();
		if (known >= 0 && known <= stored) {
			List<Long> changed = known == stored ? List.of() : records.changedSince(known);
			if (changed.size() <= CATCH_UP_LIMIT) {
				SubMonitor catchUp = progress.split(10).setWorkRemaining(changed.size());
				for (Long id : changed) {
					if (catchUp.isCanceled()) {
						throw new OperationCanceledException();
					}
					BibliographicRecord record = records.find(id);
					if (record == null) {
						delete(List.of(id), stored);
					} else {
						update(List.of(record), stored);
					}
					catchUp.worked(1);
				}
				generation.updateAndGet(current -> current < 0 ? current : Math.max(current, stored));
				if (size() == records.count()) {
					commit();
					return changed.isEmpty() ? Sync.CURRENT : Sync.CAUGHT_UP;
				}
			}
		}
		rebuild(records, progress.split(90));
		return Sync.REBUILT;
	}

	/**
	 * Builds the index again from every record of the store, beside the current one, and replaces it when done.
	 * Searches meanwhile answer from the current index; changes made meanwhile are taken afterwards.
	 *
	 * @throws OperationCanceledException when the monitor was cancelled: the current index stays as it was
	 */
	public void rebuild(BibliographicRecordRepository records, IProgressMonitor monitor)
			throws IOException, StoreException {
		synchronized (rebuilding) {
			long total = records.count();
			SubMonitor progress = SubMonitor.convert(monitor, Messages.rebuildTask, (int) Math.min(total, Integer.MAX_VALUE) + 1);
			synchronized (this) {
				touched = new HashSet<>();
				touchedGeneration = -1;
			}
			Path fresh = sibling("new"); //$NON-NLS-1$
			long stored;
			try {
				deleteFolder(fresh);
				stored = records.generation();
				build(fresh, records, progress, stored);
				replaceWith(fresh, stored);
			} catch (IOException | StoreException | RuntimeException e) {
				synchronized (this) {
					touched = null;
				}
				deleteFolder(fresh);
				throw e;
			}
			Set<Long> again;
			long againGeneration;
			synchronized (this) {
				again = touched;
				againGeneration = touchedGeneration;
				touched = null;
			}
			for (Long id : again) {
				BibliographicRecord record = records.find(id);
				if (record == null) {
					delete(List.of(id), againGeneration);
				} else {
					update(List.of(record), againGeneration);
				}
			}
			commit();
			progress.done();
		}
	}

	/** Every record into a new index in {@code target}, committed with the generation read before the scan. */
	private void build(Path target, BibliographicRecordRepository records, SubMonitor progress, long stored)
			throws IOException, StoreException {
		try (Directory built = FSDirectory.open(target);
				IndexWriter fresh = new IndexWriter(built, config(OpenMode.CREATE))) {
			boolean[] cancelled = { false };
			int[] count = { 0 };
			try {
				records.forEachRecord(record -> {
					if (progress.isCanceled()) {
						cancelled[0] = true;
						return false;
					}
					try {
						fresh.addDocument(RecordDocument.of(record));
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
					if (++count[0] % 1000 == 0) {
						progress.worked(1000);
					}
					return true;
				});
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
			if (cancelled[0]) {
				fresh.rollback();
				throw new OperationCanceledException();
			}
			fresh.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, GENERATION_KEY, Long.toString(stored)).entrySet());
			fresh.commit();
		}
	}

	/** Closes the current index, puts the built one in its place and opens it. */
	private void replaceWith(Path fresh, long stored) throws IOException {
		lock.writeLock().lock();
		try {
			ensureOpen();
			closeOpen(false);
			Path old = sibling("old"); //$NON-NLS-1$
			deleteFolder(old);
			try {
				Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
				Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException e) {
				if (!Files.exists(folder) && Files.exists(old)) {
					Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
				}
				openFolder();
				throw new IOException(NLS.bind(Messages.swapFailed, folder, e.getMessage()), e);
			}
			deleteFolder(old);
			directory = FSDirectory.open(folder);
			openWriter(OpenMode.APPEND);
			generation.set(stored);
		} finally {
			lock.writeLock().unlock();
		}
	}

	/** Forgets which generation the index reflects: the next {@link #synchronise} rebuilds it. */
	void invalidate() {
		generation.set(-1);
	}

	@Override
	public void close() throws IOException {
		queue.close();
		flushes.close();
		lock.writeLock().lock();
		try {
			if (!closed) {
				closed = true;
				closeOpen(true);
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	private void openFolder() throws IOException {
		Files.createDirectories(folder);
		deleteFolder(sibling("new")); // what an interrupted rebuild left //$NON-NLS-1$
		deleteFolder(sibling("old")); //$NON-NLS-1$
		long known = -1;
		try {
			directory = FSDirectory.open(folder);
			if (DirectoryReader.indexExists(directory)) {
				Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
				if (SCHEMA.equals(data.get(SCHEMA_KEY)) && data.get(GENERATION_KEY) != null) {
					known = Long.parseLong(data.get(GENERATION_KEY));
				}
			}
			openWriter(OpenMode.CREATE_OR_APPEND);
		} catch (LockObtainFailedException e) {
			closeQuietly();
			throw new IOException(NLS.bind(Messages.indexBusy, folder), e);
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).warn(NLS.bind(Messages.indexUnusable, folder, e.toString()), e);
			closeQuietly();
			deleteFolder(folder);
			Files.createDirectories(folder);
			directory = FSDirectory.open(folder);
			openWriter(OpenMode.CREATE);
			known = -1;
		}
		if (known < 0 && writer.getDocStats().numDocs > 0) {
			writer.deleteAll(); // another schema: searching it would give wrong answers until the rebuild
			changes.incrementAndGet();
		}
		generation.set(known);
	}

	private IndexWriterConfig config(OpenMode mode) {
		return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB)
				.setCommitOnClose(false);
	}

	private void openWriter(OpenMode mode) throws IOException {
		writer = new IndexWriter(directory, config(mode));
		searchers = new SearcherManager(writer, null);
		IndexSearcher searcher = searchers.acquire();
		try {
			indexedIds = new IndexedIds(searcher.getIndexReader());
		} finally {
			searchers.release(searcher);
		}
		refreshed = changes.get(); // a new searcher sees all its writer holds (nobody writes meanwhile)
	}

	private void closeOpen(boolean commit) throws IOException {
		try {
			if (commit && writer != null && writer.isOpen()) {
				commitOpen();
			}
		} finally {
			closeQuietly();
		}
	}

	private void closeQuietly() {
		for (AutoCloseable open : new AutoCloseable[] { searchers, writer, directory }) {
			if (open != null) {
				try {
					open.close();
				} catch (Exception e) {
					ILog.of(getClass()).warn(e.getMessage(), e);
				}
			}
		}
		searchers = null;
		writer = null;
		directory = null;
	}

	/**
	 * Makes the searcher see every write counted so far. A search that finds another one refreshing waits for it
	 * rather than going on with the searcher from before the writes.
	 */
	private void refreshIfChanged() throws IOException {
		long wanted = changes.get();
		if (refreshed >= wanted) {
			return;
		}
		synchronized (refreshing) {
			if (refreshed < wanted) {
				searchers.maybeRefreshBlocking();
				refreshed = wanted;
			}
		}
	}

	private void ensureOpen() {
		if (closed || writer == null) {
			throw new IllegalStateException("closed: " + folder); //$NON-NLS-1$
		}
	}

	private Path sibling(String suffix) {
		return folder.resolveSibling(folder.getFileName() + "." + suffix); //$NON-NLS-1$
	}

	private static void deleteFolder(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var paths = Files.walk(path)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
