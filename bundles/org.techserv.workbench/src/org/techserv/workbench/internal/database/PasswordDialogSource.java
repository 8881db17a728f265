package org.techserv.workbench.internal.database;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.PasswordSource;
import org.techserv.workbench.WorkbenchIds;

/**
 * Asks for the shared server's password in a dialog. Registered by the workbench advisor while the workbench
 * runs; the store calls it from the job that opens the database.
 */
public final class PasswordDialogSource implements PasswordSource {

	/** Widget key of the password field, for UI tests. */
	public static final String KEY_PASSWORD = "database.server.password"; //$NON-NLS-1$

	@Override
	public char[] password(DatabaseSettings settings, String problem) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		AtomicReference<char[]> result = new AtomicReference<>();
		display.syncExec(() -> {
			Shell parent = display.getActiveShell();
			String message = NLS.bind(Messages.passwordMessage, settings.user(), settings.location());
			InputDialog dialog = new InputDialog(parent, Messages.passwordTitle,
					problem == null ? message : problem + "\n\n" + message, "", null) { //$NON-NLS-1$ //$NON-NLS-2$
				@Override
				protected int getInputTextStyle() {
					return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
				}

				@Override
				protected Control createDialogArea(Composite composite) {
					Control area = super.createDialogArea(composite);
					Text text = getText();
					text.setData(WorkbenchIds.WIDGET_KEY, KEY_PASSWORD);
					return area;
				}

				@Override
				protected void createButtonsForButtonBar(Composite composite) {
					createButton(composite, IDialogConstants.OK_ID, Messages.passwordConnect, true);
					createButton(composite, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
				}
			};
			if (dialog.open() == Window.OK) {
				result.set(dialog.getValue().toCharArray());
			}
		});
		return result.get();
	}
}
