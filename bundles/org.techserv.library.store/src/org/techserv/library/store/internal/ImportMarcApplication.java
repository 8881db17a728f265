package org.techserv.library.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.store.MarcFiles;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.MarcImport.Report;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/**
 * {@code techserv import-marc [--format iso2709|marcxml] [--duplicates skip|replace|keep] FILE...}: prints
 * {@code imported N, rejected M} and one line per rejected record; exit 0 when every record was imported, 3
 * when some were rejected, 1 when a file could not be read, 2 on a usage error. Gzipped files are read as they
 * are; without --format the format is taken from each file's first bytes.
 */
public final class ImportMarcApplication extends MarcCommand {


	@Override
	int run(Database database, String[] args) throws StoreException, IOException {
		MarcFormat format = null;
		Duplicates duplicates = Duplicates.SKIP;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--format" -> { //$NON-NLS-1$
				if (++i >= args.length) {
					return usage();
				}
				try {
					format = MarcFormat.valueOf(args[i].toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					return usage();
				}
			}
			case "--duplicates" -> { //$NON-NLS-1$
				if (++i >= args.length) {
					return usage();
				}
				switch (args[i]) {
				case "skip" -> duplicates = Duplicates.SKIP; //$NON-NLS-1$
				case "replace" -> duplicates = Duplicates.REPLACE; //$NON-NLS-1$
				case "keep" -> duplicates = Duplicates.KEEP_BOTH; //$NON-NLS-1$
				default -> {
					return usage();
				}
				}
			}
			default -> files.add(Path.of(args[i]).toAbsolutePath());
			}
		}
		if (files.isEmpty()) {
			return usage();
		}
		MarcImport marcImport = new MarcImport(database);
		int imported = 0;
		int rejected = 0;
		int duplicateCount = 0;
		for (Path file : files) {
			try (InputStream in = MarcFiles.open(file)) {
				MarcFormat chosen = format != null ? format : MarcFiles.format(in);
				Report report = marcImport.run(in, chosen, file.getFileName().toString(), duplicates, -1,
						new NullProgressMonitor());
				imported += report.imported() + report.replaced();
				rejected += report.rejected().size();
				duplicateCount += report.duplicates();
				for (ReadResult.Bad bad : report.rejected()) {
					System.out.println(NLS.bind(Messages.importRejected,
							new Object[] { file.getFileName(), bad.number(), bad.offset(), bad.reason() }));
				}
			} catch (NoSuchFileException e) {
				System.err.println(NLS.bind(Messages.fileUnreadable, file, Messages.noSuchFile));
				return 1;
			} catch (IOException e) {
				System.err.println(NLS.bind(Messages.fileUnreadable, file, e.getMessage()));
				return 1;
			}
		}
		System.out.println(NLS.bind(Messages.importSummary, imported, rejected));
		if (duplicateCount > 0) {
			System.out.println(NLS.bind(Messages.importDuplicates, duplicateCount));
		}
		return rejected == 0 ? 0 : 3;
	}

	private static int usage() {
		System.err.println(Messages.importUsage);
		return 2;
	}
}
