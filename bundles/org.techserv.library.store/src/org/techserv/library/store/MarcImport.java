package org.techserv.library.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.store.internal.FieldLines;
import org.techserv.library.store.internal.Messages;
import org.techserv.model.edit.FieldIssue;
import org.techserv.model.edit.ModelValidation;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;

/**
 * Imports a MARC file into the catalogue: good records in batches of {@value #BATCH} per transaction (a failed
 * batch leaves nothing of itself), damaged records reported and skipped, duplicates (same ISBN, or same 001 +
 * 003) skipped, replaced (when their fields differ) or kept as the caller decides. The original bytes of each record are
 * kept. Records read elsewhere (copy cataloguing) go the same way.
 */
public final class MarcImport {

	static final int BATCH = 500;

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
	 * @param source    where the records come from (a file name), kept with each record with its number
	 * @param totalSize the file's size in bytes for progress, or -1
	 */
	public Report run(InputStream in, MarcFormat format, String source, Duplicates duplicates, long totalSize,
			IProgressMonitor monitor) throws IOException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.importTask, source),
				totalSize > 0 ? (int) Math.min(Integer.MAX_VALUE, totalSize / 1024) : 10_000);
		Batch batch = new Batch(format, good -> source + " #" + good.number(), duplicates); //$NON-NLS-1$
		List<ReadResult.Bad> rejected = new ArrayList<>();
		long[] reported = { 0 };
		try {
			MarcReading.read(in, format, result -> {
				offer(result, batch, rejected, progress, source);
				long kb = result.offset() / 1024;
				if (totalSize > 0 && kb > reported[0]) {
					progress.worked((int) (kb - reported[0]));
					reported[0] = kb;
				}
			});
			batch.flush();
			return new Report(batch.imported, batch.replaced, batch.skipped, rejected, false);
		} catch (Cancelled e) {
			return new Report(batch.imported, batch.replaced, batch.skipped, rejected, true);
		} catch (Failed e) {
			throw e.cause;
		}
	}

	/**
	 * Imports records read elsewhere, such as the hits of a copy-cataloguing search: each keeps its original
	 * bytes (in {@code format}) and gets {@code source} (the server's name) as its source. The records are
	 * written as they are: pass copies when the caller keeps using them.
	 */
	public Report run(List<ReadResult.Good> read, MarcFormat format, String source, Duplicates duplicates,
			IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.importTask, source), read.size());
		Batch batch = new Batch(format, good -> source, duplicates);
		List<ReadResult.Bad> rejected = new ArrayList<>();
		try {
			for (ReadResult.Good good : read) {
				offer(good, batch, rejected, progress, source);
				progress.worked(1);
			}
			batch.flush();
			return new Report(batch.imported, batch.replaced, batch.skipped, rejected, false);
		} catch (Cancelled e) {
			return new Report(batch.imported, batch.replaced, batch.skipped, rejected, true);
		} catch (Failed e) {
			throw e.cause;
		}
	}

	/** One record read: checked against the model's rules, then batched; damaged ones are reported. */
	private static void offer(ReadResult result, Batch batch, List<ReadResult.Bad> rejected, SubMonitor progress,
			String source) {
		if (progress.isCanceled()) {
			throw new Cancelled();
		}
		if (result instanceof ReadResult.Good good) {
			List<FieldIssue> issues = ModelValidation.check(good.record());
			if (!issues.isEmpty()) {
				rejected.add(new ReadResult.Bad(good.number(), good.offset(), issues.get(0).message()));
				return;
			}
			batch.add(good);
			if (batch.size() >= BATCH) {
				batch.flush();
				progress.subTask(NLS.bind(Messages.importProgress, source, batch.imported + batch.replaced));
			}
		} else {
			rejected.add((ReadResult.Bad) result);
		}
	}

	/** Good records waiting to be written, and what writing them did. */
	private final class Batch {
		private final MarcFormat format;
		private final Function<ReadResult.Good, String> source;
		private final Duplicates policy;
		private final List<ReadResult.Good> pending = new ArrayList<>();
		int imported;
		int replaced;
		int skipped;

		Batch(MarcFormat format, Function<ReadResult.Good, String> source, Duplicates policy) {
			this.format = format;
			this.source = source;
			this.policy = policy;
		}

		void add(ReadResult.Good good) {
			pending.add(good);
		}

		int size() {
			return pending.size();
		}

		void flush() {
			if (pending.isEmpty()) {
				return;
			}
			try {
				int[] counts = Transactions.inTransaction(database, c -> write(c));
				imported += counts[0];
				replaced += counts[1];
				skipped += counts[2];
				pending.clear();
			} catch (StoreException e) {
				throw new Failed(e);
			}
		}

		private int[] write(Connection c) throws SQLException, StoreException {
			int[] counts = new int[3];
			for (ReadResult.Good good : pending) {
				BibliographicRecord record = good.record();
				record.setSource(source.apply(good));
				List<Long> same = policy == Duplicates.KEEP_BOTH ? List.of() : records.duplicates(c, record);
				if (same.isEmpty()) {
					records.save(c, record, good.original(), format.name());
					counts[0]++;
				} else if (policy == Duplicates.REPLACE
						&& !FieldLines.changes(records.load(c, same.get(0)), record).isEmpty()) {
					BibliographicRecord stored = records.load(c, same.get(0));
					stored.getControlFields().clear();
					stored.getDataFields().clear();
					stored.setLeader(record.getLeader());
					stored.getControlFields().addAll(record.getControlFields());
					stored.getDataFields().addAll(record.getDataFields());
					stored.setSource(record.getSource());
					records.save(c, stored, null, null);
					counts[1]++;
				} else {
					counts[2]++;
				}
			}
			return counts;
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
