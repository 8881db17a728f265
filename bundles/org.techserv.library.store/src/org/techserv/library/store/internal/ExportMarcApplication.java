package org.techserv.library.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.store.MarcExport;
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
		int count = new MarcExport(database).run(file, format, new NullProgressMonitor());
		System.out.println(NLS.bind(Messages.exportDone, count, file));
		return 0;
	}
}
