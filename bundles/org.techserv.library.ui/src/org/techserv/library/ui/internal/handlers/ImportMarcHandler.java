package org.techserv.library.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.library.store.MarcImport.Duplicates;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Messages;

/**
 * File &gt; Import MARC records: chooses files (or takes them from the command's file parameter, for scripts and
 * tests), asks what to do with records the catalogue already has (unless the duplicates parameter says), and runs
 * the import as a job. The job's result dialog lists what was imported and every rejected record.
 */
public final class ImportMarcHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = shell(event);
		List<Path> files = files(shell, event.getParameter(LibraryUiIds.IMPORT_FILE_PARAMETER));
		if (files.isEmpty()) {
			return null;
		}
		Duplicates duplicates = duplicates(shell, event.getParameter(LibraryUiIds.IMPORT_DUPLICATES_PARAMETER));
		if (duplicates == null) {
			return null;
		}
		ImportMarcJob job = new ImportMarcJob(files, duplicates);
		job.setProperty(org.eclipse.ui.progress.IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				IStatus result = done.getResult();
				if (result.getSeverity() != IStatus.CANCEL && !shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> new ImportSummaryDialog(shell.isDisposed() ? null : shell, result).open());
				}
			}
		});
		job.schedule();
		return job;
	}

	/** The shell to talk to the user from: the active one, else the workbench window's (commands run by scripts). */
	static Shell shell(ExecutionEvent event) {
		Shell active = HandlerUtil.getActiveShell(event);
		if (active != null) {
			return active;
		}
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window.getShell() : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
	}

	private static List<Path> files(Shell shell, String parameter) {
		List<Path> files = new ArrayList<>();
		if (parameter != null) {
			for (String file : parameter.split(java.io.File.pathSeparator)) {
				files.add(Path.of(file));
			}
			return files;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.importTitle);
		dialog.setFilterExtensions(new String[] { "*.mrc;*.marc;*.iso;*.xml;*.gz;*.dat", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.importFiles, "*" }); //$NON-NLS-1$
		if (dialog.open() == null) {
			return files;
		}
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		return files;
	}

	private static Duplicates duplicates(Shell shell, String parameter) {
		return parameter != null ? Duplicates.valueOf(parameter) : DuplicatesQuestion.ask(shell);
	}
}
