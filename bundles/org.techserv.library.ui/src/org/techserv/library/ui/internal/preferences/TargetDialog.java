package org.techserv.library.ui.internal.preferences;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.techserv.library.sru.SruTarget;
import org.techserv.library.sru.SruTargets;
import org.techserv.library.ui.internal.Messages;
import org.techserv.workbench.WorkbenchIds;

/**
 * One SRU target of the library's own: name, address, database, record schema, timeout. OK saves it; a value the
 * target cannot have is said in the dialog, naming it, and nothing is saved.
 */
final class TargetDialog extends TitleAreaDialog {

	private final SruTarget editing;
	private Text name;
	private Text baseUrl;
	private Text database;
	private Text schema;
	private Text timeout;

	TargetDialog(Shell shell, SruTarget editing) {
		super(shell);
		this.editing = editing;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.targetDialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(editing == null ? Messages.targetDialogAdd : NLS.bind(Messages.targetDialogEdit, editing.name()));
		setMessage(Messages.targetDialogMessage);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		name = field(body, Messages.targetName, "target.name", editing == null ? "" : editing.name()); //$NON-NLS-1$ //$NON-NLS-2$
		baseUrl = field(body, Messages.targetBaseUrl, "target.baseUrl", editing == null ? "http://" : editing.baseUrl()); //$NON-NLS-1$ //$NON-NLS-2$
		database = field(body, Messages.targetDatabase, "target.database", editing == null ? "" : editing.database()); //$NON-NLS-1$ //$NON-NLS-2$
		schema = field(body, Messages.targetSchema, "target.schema", //$NON-NLS-1$
				editing == null ? SruTarget.DEFAULT_SCHEMA : editing.recordSchema());
		timeout = field(body, Messages.targetTimeout, "target.timeout", //$NON-NLS-1$
				String.valueOf(editing == null ? SruTarget.DEFAULT_TIMEOUT : editing.timeoutSeconds()));
		return area;
	}

	private static Text field(Composite body, String label, String key, String value) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		text.setText(value);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void okPressed() {
		int seconds;
		try {
			seconds = Integer.parseInt(timeout.getText().strip());
		} catch (NumberFormatException e) {
			setMessage(NLS.bind(Messages.targetTimeoutNotANumber, timeout.getText()), IMessageProvider.ERROR);
			return;
		}
		try {
			SruTarget target = editing == null
					? SruTarget.userDefined(name.getText(), baseUrl.getText(), database.getText(), schema.getText(), seconds)
					: editing.edited(name.getText(), baseUrl.getText(), database.getText(), schema.getText(), seconds);
			SruTargets.installed().save(target);
		} catch (IllegalArgumentException e) {
			setMessage(e.getMessage(), IMessageProvider.ERROR);
			return;
		} catch (BackingStoreException e) {
			setMessage(NLS.bind(Messages.targetNotSaved, e.getMessage()), IMessageProvider.ERROR);
			return;
		}
		super.okPressed();
	}
}
