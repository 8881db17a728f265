package org.techserv.equipment.ui.internal.handlers;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.MaintenancePlan;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.ui.emf.ValueText;
import org.techserv.workbench.WorkbenchIds;

/** Interval, next due date and whether the plan is active; OK only with a positive interval and a date. */
final class MaintenancePlanDialog extends TitleAreaDialog {

	private final CustomerEquipment unit;
	private final MaintenancePlan plan;
	private Text interval;
	private Text nextDue;
	private Button active;

	MaintenancePlanDialog(Shell parent, CustomerEquipment unit, MaintenancePlan plan) {
		super(parent);
		this.unit = unit;
		this.plan = plan;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.planTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.planTitle);
		setMessage(NLS.bind(Messages.planDescription, unit.getSerialNumber(),
				unit.getModel() == null ? "" : unit.getModel().getName())); //$NON-NLS-1$
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		interval = text(fields, Messages.planInterval, "plan.interval", String.valueOf(plan.getIntervalDays())); //$NON-NLS-1$
		nextDue = text(fields, Messages.planNextDue, "plan.nextDue", ValueText.DATE.format(plan.getNextDue())); //$NON-NLS-1$
		new Label(fields, SWT.NONE);
		active = new Button(fields, SWT.CHECK);
		active.setText(Messages.planActive);
		active.setSelection(plan.isActive());
		active.setData(WorkbenchIds.WIDGET_KEY, "plan.active"); //$NON-NLS-1$
		return area;
	}

	private Text text(Composite parent, String label, String key, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> check());
		return text;
	}

	private void check() {
		String problem = null;
		try {
			Object days = ValueText.integer(Messages.planInterval, false).fromText(interval.getText());
			if ((Integer) days <= 0) {
				problem = NLS.bind(Messages.planIntervalPositive, days);
			}
			if (ValueText.date(Messages.planNextDue).fromText(nextDue.getText()) == null) {
				problem = Messages.planNextDueRequired;
			}
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		plan.setIntervalDays((Integer) ValueText.integer(Messages.planInterval, false).fromText(interval.getText()));
		plan.setNextDue((LocalDate) ValueText.date(Messages.planNextDue).fromText(nextDue.getText()));
		plan.setActive(active.getSelection());
		super.okPressed();
	}
}
