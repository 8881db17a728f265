package org.techserv.library.ui.internal.handlers;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.ui.internal.Messages;
import org.techserv.workbench.WorkbenchIds;

/**
 * What an import did: per file how many records were imported and rejected, and below, one line per rejected
 * record (number, byte offset, reason) and per skipped or replaced duplicates, selectable to copy.
 */
final class ImportSummaryDialog extends MessageDialog {

	static final String KEY_DETAILS = "import.details"; //$NON-NLS-1$

	private final IStatus result;

	ImportSummaryDialog(Shell shell, IStatus result) {
		super(shell, Messages.importDone, null, result.getMessage(), kind(result), 0, IDialogConstants.OK_LABEL);
		this.result = result;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		if (result.getChildren().length == 0) {
			return null;
		}
		Text details = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		details.setData(WorkbenchIds.WIDGET_KEY, KEY_DETAILS);
		details.setText(Arrays.stream(result.getChildren()).map(IStatus::getMessage).collect(Collectors.joining("\n"))); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 160).applyTo(details);
		return details;
	}

	private static int kind(IStatus result) {
		return switch (result.getSeverity()) {
		case IStatus.ERROR -> ERROR;
		case IStatus.WARNING -> WARNING;
		default -> INFORMATION;
		};
	}
}
