package org.techserv.library.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.store.internal.Messages;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * Writes the whole catalogue to a MARC file. The file appears only when every record is written: until then the
 * records go to a {@code .part} file beside it, removed on failure or cancel, so an existing file is never left
 * half overwritten.
 */
public final class MarcExport {

	private final BibliographicRecordRepository records;

	public MarcExport(Database database) {
		this.records = new BibliographicRecordRepository(database);
	}

	/** Returns how many records were written; throws {@link OperationCanceledException} when cancelled. */
	public int run(Path file, MarcFormat format, IProgressMonitor monitor) throws StoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.exportTask, file.getFileName()),
				(int) Math.min(Integer.MAX_VALUE, records.count()));
		Path partial = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
		int[] count = { 0 };
		Exception[] failed = { null };
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
				MarcWriting writing = new MarcWriting(out, format)) {
			records.forEachId(id -> {
				if (failed[0] != null) {
					return;
				}
				if (progress.isCanceled()) {
					failed[0] = new OperationCanceledException();
					return;
				}
				try {
					writing.write(records.load(id));
					count[0]++;
					progress.worked(1);
				} catch (StoreException e) {
					failed[0] = e;
				}
			});
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		if (failed[0] != null) {
			Files.deleteIfExists(partial);
			if (failed[0] instanceof StoreException e) {
				throw e;
			}
			throw (OperationCanceledException) failed[0];
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		return count[0];
	}
}
