package org.techserv.workbench.internal.database;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;
import org.techserv.store.Backups;
import org.techserv.store.Database;
import org.techserv.store.StoreException;

/** File &gt; Back Up Database...: an online backup into a chosen folder, as a job; work goes on meanwhile. */
public final class BackupHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.backupTitle);
		dialog.setMessage(Messages.backupChooseFolder);
		dialog.setFilterPath(System.getProperty("user.home")); //$NON-NLS-1$
		String folder = dialog.open();
		if (folder == null) {
			return null;
		}
		Database database = PlatformUI.getWorkbench().getService(Database.class);
		Job job = Job.create(Messages.backupJob, (IProgressMonitor monitor) -> {
			monitor.beginTask(NLS.bind(Messages.backupJobInto, folder), IProgressMonitor.UNKNOWN);
			try {
				Path backup = Backups.backup(database, Path.of(folder));
				Display display = shell.getDisplay();
				display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), Messages.backupTitle,
						NLS.bind(Messages.backupDone, backup)));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
				return Status.OK_STATUS;
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
