package org.techserv.library.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.techserv.library.marc.MarcFormat;
import org.techserv.library.store.MarcExport;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.ui.internal.Services;

/**
 * File &gt; Export catalogue as MARC: writes every record to an ISO 2709 file ({@code .xml}: MARCXML) in a job with
 * progress and Cancel. The file comes from a save dialog or the command's file parameter.
 */
public final class ExportMarcHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		String chosen = event.getParameter(LibraryUiIds.EXPORT_FILE_PARAMETER);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(ImportMarcHandler.shell(event), SWT.SAVE);
			dialog.setText(Messages.exportTitle);
			dialog.setFilterExtensions(new String[] { "*.mrc", "*.xml" }); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setOverwrite(true);
			chosen = dialog.open();
			if (chosen == null) {
				return null;
			}
		}
		Path file = Path.of(chosen);
		MarcFormat format = file.getFileName().toString().toLowerCase().endsWith(".xml") ? MarcFormat.MARCXML //$NON-NLS-1$
				: MarcFormat.ISO2709;
		Job job = Job.create(NLS.bind(Messages.exportJob, file.getFileName()), (IProgressMonitor monitor) -> {
			try {
				int count = new MarcExport(Services.store().database()).run(file, format, monitor);
				return Status.info(NLS.bind(Messages.exportDone, count, file));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
