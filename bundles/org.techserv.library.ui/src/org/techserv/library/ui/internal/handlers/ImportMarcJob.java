package org.techserv.library.ui.internal.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.marc.ReadResult;
import org.techserv.library.store.MarcFiles;
import org.techserv.library.store.MarcImport;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.store.MarcImport.Report;
import org.techserv.library.ui.internal.CatalogueChanges;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.ui.internal.Services;
import org.techserv.store.StoreException;

/**
 * Imports MARC files into the catalogue in the background, with progress and Cancel. Its result says per file what
 * was imported and lists every rejected record (number, byte offset, reason); what was imported before a cancel or
 * a failure stays.
 */
public final class ImportMarcJob extends Job {

	private static final String PLUGIN = "org.techserv.library.ui"; //$NON-NLS-1$

	private final List<Path> files;
	private final Duplicates duplicates;
	private final List<Report> reports = new ArrayList<>();

	public ImportMarcJob(List<Path> files, Duplicates duplicates) {
		super(NLS.bind(Messages.importJob, files.size() == 1 ? files.get(0).getFileName() : files.size() + " files")); //$NON-NLS-1$
		this.files = List.copyOf(files);
		this.duplicates = duplicates;
		setUser(true);
	}

	/** The reports of the files imported so far. */
	public synchronized List<Report> reports() {
		return List.copyOf(reports);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		List<IStatus> outcome = new ArrayList<>();
		MarcImport marcImport = Services.store().marcImport();
		try {
			for (Path file : files) {
				String name = file.getFileName().toString();
				Report report;
				try (InputStream in = MarcFiles.open(file)) {
					report = marcImport.run(in, MarcFiles.format(in), name, duplicates, -1, progress.split(1));
				} catch (IOException e) {
					outcome.add(Status.error(NLS.bind(Messages.importFailed, file, e.getMessage()), e));
					continue;
				}
				synchronized (this) {
					reports.add(report);
				}
				outcome.add(summary(name, report));
				if (report.cancelled()) {
					return Status.CANCEL_STATUS;
				}
			}
			return result(outcome);
		} catch (StoreException e) {
			outcome.add(Status.error(e.getMessage(), e));
			return result(outcome);
		} finally {
			CatalogueChanges.changed();
		}
	}

	/** One status for the files: its message says what happened to each, its children list the details. */
	private static IStatus result(List<IStatus> outcome) {
		String message = outcome.stream().map(IStatus::getMessage).collect(java.util.stream.Collectors.joining("\n")); //$NON-NLS-1$
		List<IStatus> details = new ArrayList<>();
		outcome.forEach(s -> details.addAll(s.isMultiStatus() ? List.of(s.getChildren())
				: s.getSeverity() == IStatus.ERROR ? List.of(s) : List.of()));
		if (details.isEmpty()) {
			return outcome.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR) ? Status.error(message)
					: Status.info(message);
		}
		return new MultiStatus(PLUGIN, 0, details.toArray(IStatus[]::new), message, null);
	}

	private static IStatus summary(String file, Report report) {
		MultiStatus status = new MultiStatus(PLUGIN, 0, NLS.bind(Messages.importSummary,
				new Object[] { file, report.imported() + report.replaced(), report.rejected().size() }));
		if (report.duplicates() > 0) {
			status.add(Status.info(NLS.bind(Messages.importSkipped, report.duplicates())));
		}
		if (report.replaced() > 0) {
			status.add(Status.info(NLS.bind(Messages.importReplaced, report.replaced())));
		}
		for (ReadResult.Bad bad : report.rejected()) {
			status.add(Status.warning(NLS.bind(Messages.importRejectedLine,
					new Object[] { bad.number(), bad.offset(), bad.reason() })));
		}
		return status.getChildren().length == 0 ? Status.info(status.getMessage()) : status;
	}
}
