package org.techserv.library.store.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcWriting;
import org.techserv.library.store.BibliographicRecordRepository;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * {@code techserv export-marc [--format iso2709|marcxml] FILE}: every record of the catalogue into one file
 * (ISO 2709 by default), written beside and moved into place when complete.
 */
public final class ExportMarcApplication extends MarcCommand {

	@Override
	int run(Database database, String[] args) throws StoreException, IOException {
		MarcFormat format = MarcFormat.ISO2709;
		Path file = null;
		for (int i = 0; i < args.length; i++) {
			if ("--format".equals(args[i]) && i + 1 < args.length) { //$NON-NLS-1$
				try {
					format = MarcFormat.valueOf(args[++i].toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					System.err.println(Messages.exportUsage);
					return 2;
				}
			} else if (file == null) {
				file = Path.of(args[i]).toAbsolutePath();
			} else {
				System.err.println(Messages.exportUsage);
				return 2;
			}
		}
		if (file == null) {
			System.err.println(Messages.exportUsage);
			return 2;
		}
		BibliographicRecordRepository records = new BibliographicRecordRepository(database);
		Path partial = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
		int[] count = { 0 };
		StoreException[] failed = { null };
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
				MarcWriting writing = new MarcWriting(out, format)) {
			records.forEachId(id -> {
				if (failed[0] == null) {
					try {
						writing.write(records.load(id));
						count[0]++;
					} catch (StoreException e) {
						failed[0] = e;
					}
				}
			});
		}
		if (failed[0] != null) {
			Files.deleteIfExists(partial);
			throw failed[0];
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		System.out.println(NLS.bind(Messages.exportDone, count[0], file));
		return 0;
	}
}
