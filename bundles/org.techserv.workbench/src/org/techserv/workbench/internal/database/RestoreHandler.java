package org.techserv.workbench.internal.database;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.core.Locations;
import org.techserv.store.Backups;
import org.techserv.store.Database;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreException;

/**
 * File &gt; Restore Database...: the open database cannot be replaced, so the restore is scheduled for the next
 * start and the workbench restarts. The current database is kept aside, never deleted.
 */
public final class RestoreHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Database database = PlatformUI.getWorkbench().getService(Database.class);
		if (database.settings().mode() != DatabaseSettings.Mode.EMBEDDED) {
			MessageDialog.openInformation(shell, Messages.restoreTitle, Messages.restoreServer);
			return null;
		}
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.restoreTitle);
		dialog.setMessage(Messages.restoreChooseBackup);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path backup = Path.of(chosen);
		if (Backups.copyIn(backup) == null) {
			MessageDialog.openError(shell, Messages.restoreTitle, NLS.bind(Messages.restoreNotABackup, backup));
			return null;
		}
		if (!MessageDialog.openConfirm(shell, Messages.restoreTitle,
				NLS.bind(Messages.restoreConfirm, backup, database.settings().location()))) {
			return null;
		}
		try {
			Backups.scheduleRestore(Locations.toPath(Platform.getInstanceLocation()).orElseThrow(), backup);
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.restoreTitle, e.getMessage());
			return null;
		}
		PlatformUI.getWorkbench().restart();
		return null;
	}
}
