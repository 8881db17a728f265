package org.techserv.library.ui.internal.binding;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.serials.binding.OverdueVolume;
import org.techserv.workbench.TextClipboard;
import org.techserv.workbench.WorkbenchIds;

/**
 * The volumes overdue at the bindery, the longest overdue first, a line each (tab-separated, so it pastes into a
 * spreadsheet or a letter to the bindery); Copy puts the whole list on the clipboard.
 */
final class OverdueDialog extends Dialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final String report;

	OverdueDialog(Shell shell, List<OverdueVolume> overdue) {
		super(shell);
		this.report = report(overdue);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	static String report(List<OverdueVolume> overdue) {
		if (overdue.isEmpty()) {
			return Messages.overdueNone;
		}
		StringBuilder text = new StringBuilder();
		for (OverdueVolume late : overdue) {
			text.append(NLS.bind(Messages.overdueLine, new Object[] { late.batch().bindery(), late.daysOverdue(),
					late.batch().dueBack(), late.batch().id(), late.volume().title(), late.volume().spec().label() }))
					.append('\n');
		}
		return text.toString();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.overdueTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setData(WorkbenchIds.WIDGET_KEY, BindingUiIds.KEY_OVERDUE);
		text.setFont(JFaceResources.getTextFont());
		text.setText(report);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 240).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.copy, false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			TextClipboard.copy(getShell().getDisplay(), report);
		} else {
			close();
		}
	}
}
