package org.techserv.equipment.ui.internal.handlers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.report.ServiceReport;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditor;
import org.techserv.store.StoreException;

/**
 * Service Report (PDF): writes the active order's report as last saved (unsaved changes are not in it) to a file
 * the user picks, or to the command's {@value #FILE} parameter, in the background.
 */
public final class ExportReportHandler extends AbstractHandler {

	/** Optional command parameter: the file to write, skipping the file dialog. */
	public static final String FILE = "org.techserv.equipment.ui.commands.exportReport.file"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ServiceOrderEditor editor)) {
			return null;
		}
		long id = editor.order().getId();
		String number = editor.order().getNumber();
		String file = event.getParameter(FILE);
		if (file == null) {
			FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
			dialog.setText(Messages.exportReportTitle);
			dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
			dialog.setFileName(number + ".pdf"); //$NON-NLS-1$
			dialog.setOverwrite(true);
			file = dialog.open();
			if (file == null) {
				return null;
			}
		}
		Path target = Path.of(file);
		Job job = new Job(NLS.bind(Messages.exportReportJob, number)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ServiceOrder order = Services.store().orders().load(id);
					Path partial = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
					try (OutputStream out = Files.newOutputStream(partial)) {
						ServiceReport.write(order, ZoneId.systemDefault(), Locale.getDefault(), out);
					}
					Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					return Status.info(NLS.bind(Messages.exportReportDone, number, target));
				} catch (StoreException | IOException e) {
					return Status.error(NLS.bind(Messages.exportFailed, target, e.getMessage()), e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}
}
