package org.techserv.library.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.internal.BatchWriter;
import org.techserv.library.store.internal.Messages;
import org.techserv.library.store.internal.RecordRows;
import org.techserv.model.edit.FieldIssue;
import org.techserv.model.edit.ModelValidation;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * Imports a MARC file into the catalogue: good records in batches of {@value #BATCH} per transaction (a failed
 * batch leaves nothing of itself), damaged records reported and skipped, duplicates (same ISBN, or same 001 +
 * 003) skipped, replaced (when their fields differ) or kept as the caller decides. The original bytes of each
 * record are kept. Reading and checking run on the caller's thread while a writer thread stores the previous batch
 * ({@link BatchWriter}); each committed batch is announced to the {@link CatalogueListener}s.
 */
public final class MarcImport {

	static final int BATCH = 1000;
	/** Fewer bytes than most ISO 2709 records (MARCXML takes several times more): a file holds fewer records than its size by this. */
	private static final int BYTES_A_RECORD_AT_LEAST = 500;

	/** What to do with a record the catalogue already has. */
	public enum Duplicates {
		SKIP, REPLACE, KEEP_BOTH
	}

	/**
	 * What an import did.
	 *
	 * @param imported   new records
	 * @param replaced   existing records whose fields were replaced
	 * @param duplicates records skipped as duplicates
	 * @param rejected   the damaged records, each with number, offset and reason
	 * @param cancelled  whether the user stopped it (what was imported stays)
	 */
	public record Report(int imported, int replaced, int duplicates, List<ReadResult.Bad> rejected, boolean cancelled) {
	}

	private final Database database;
	private final BibliographicRecordRepository records;

	public MarcImport(Database database) {
		this.database = database;
		this.records = new BibliographicRecordRepository(database);
	}

	/**
	 * @param source    where the records come from (a file name), kept with each record
	 * @param totalSize the file's size in bytes for progress, or -1
	 */
	public Report run(InputStream in, MarcFormat format, String source, Duplicates duplicates, long totalSize,
			IProgressMonitor monitor) throws IOException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.importTask, source),
				totalSize > 0 ? (int) Math.min(Integer.MAX_VALUE, totalSize / 1024) : 10_000);
		// this thread reads and checks; the writer stores the previous batch meanwhile
		return store(format, duplicates, totalSize > 0 ? totalSize / BYTES_A_RECORD_AT_LEAST : -1,
				writer -> new Reading(writer, source, false, totalSize, progress),
				reading -> MarcReading.read(in, format, reading));
	}

	/**
	 * Imports records already read (copy cataloguing: the hits of a search), each keeping its original and with
	 * {@code source} as its source as it stands.
	 */
	public Report run(List<ReadResult.Good> read, MarcFormat format, String source, Duplicates duplicates,
			IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.importTask, source), read.size());
		return store(format, duplicates, read.size(), writer -> new Reading(writer, source, true, -1, progress), reading -> {
			for (ReadResult.Good good : read) {
				reading.accept(good);
				progress.worked(1);
			}
		});
	}

	/** What gives the import its records: a file being read, or records read already. */
	@FunctionalInterface
	private interface Feed<X extends Exception> {
		void into(Reading reading) throws X;
	}

	/** Runs {@code feed} into a reading whose writer stores its batches; what was handed over is written. */
	private <X extends Exception> Report store(MarcFormat format, Duplicates duplicates, long expected,
			Function<BatchWriter, Reading> reader, Feed<X> feed) throws X, StoreException {
		try (BatchWriter writer = new BatchWriter(database, records, format.name(), duplicates, expected)) {
			Reading reading = reader.apply(writer);
			try {
				feed.into(reading);
				writer.submit(reading.batch);
				writer.finish();
				return new Report(writer.imported(), writer.replaced(), writer.skipped(), reading.rejected, false);
			} catch (Cancelled e) {
				writer.finish(); // what was handed over is written: it was read before the user cancelled
				return new Report(writer.imported(), writer.replaced(), writer.skipped(), reading.rejected, true);
			} catch (Failed e) {
				throw e.cause;
			}
		}
	}

	/** Takes each record read: checks it, works out its row, and hands full batches to the writer. */
	private static final class Reading implements Consumer<ReadResult> {
		private final BatchWriter writer;
		private final String source;
		private final boolean exactSource;
		private final long totalSize;
		private final SubMonitor progress;
		final List<ReadResult.Bad> rejected = new ArrayList<>();
		List<BatchWriter.Pending> batch = new ArrayList<>(BATCH);
		private long reported;

		Reading(BatchWriter writer, String source, boolean exactSource, long totalSize, SubMonitor progress) {
			this.writer = writer;
			this.source = source;
			this.exactSource = exactSource;
			this.totalSize = totalSize;
			this.progress = progress;
		}

		@Override
		public void accept(ReadResult result) {
			if (progress.isCanceled()) {
				throw new Cancelled();
			}
			if (result instanceof ReadResult.Good good) {
				List<FieldIssue> issues = ModelValidation.check(good.record());
				if (issues.isEmpty()) {
					BibliographicRecord record = good.record();
					record.setSource(exactSource ? source : source + " #" + good.number()); //$NON-NLS-1$
					batch.add(new BatchWriter.Pending(record, good.original(), RecordRows.Values.of(record)));
					if (batch.size() >= BATCH) {
						submit();
					}
				} else {
					rejected.add(new ReadResult.Bad(good.number(), good.offset(), issues.get(0).message()));
				}
			} else {
				rejected.add((ReadResult.Bad) result);
			}
			long kb = result.offset() / 1024;
			if (totalSize > 0 && kb > reported) {
				progress.worked((int) (kb - reported));
				reported = kb;
			}
		}

		private void submit() {
			try {
				writer.submit(batch);
			} catch (StoreException e) {
				throw new Failed(e);
			}
			batch = new ArrayList<>(BATCH);
			progress.subTask(NLS.bind(Messages.importProgress, source, writer.imported() + writer.replaced()));
		}
	}

	/** Carries the user's cancel out of the reading callback. */
	private static final class Cancelled extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	/** Carries a store failure out of the reading callback. */
	private static final class Failed extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final StoreException cause;

		Failed(StoreException cause) {
			this.cause = cause;
		}
	}
}
