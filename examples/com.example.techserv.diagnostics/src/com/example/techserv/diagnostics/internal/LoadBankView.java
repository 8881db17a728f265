package com.example.techserv.diagnostics.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.techserv.equipment.diagnostics.DiagnosticProcedures;
import org.techserv.equipment.diagnostics.Procedure;
import org.techserv.equipment.diagnostics.StepDefinition;

/**
 * The load-bank setting for the generator load test, from the set's rating plate, next to the limits of the
 * procedure as Techserv Workbench has it installed (read through Techserv's diagnostics API).
 */
public final class LoadBankView extends ViewPart {

	static final String PROCEDURE_ID = "com.example.generator-load-test"; //$NON-NLS-1$

	private Text rating;
	private Text powerFactor;
	private Text lineVoltage;
	private Label setting;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		rating = field(parent, Messages.ratedKva, "100"); //$NON-NLS-1$
		powerFactor = field(parent, Messages.powerFactor, "0.8"); //$NON-NLS-1$
		lineVoltage = field(parent, Messages.lineVoltage, "400"); //$NON-NLS-1$
		setting = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(setting);
		Label limits = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(limits);
		limits.setText(limits());
		update();
	}

	private Text field(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addModifyListener(e -> update());
		return text;
	}

	private void update() {
		try {
			LoadBankSetting result = LoadBankSetting.of(number(rating), number(powerFactor), number(lineVoltage));
			setting.setText(NLS.bind(Messages.setting, String.format("%.1f", result.loadKilowatts()), //$NON-NLS-1$
					String.format("%.0f", result.lineAmperes()))); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			setting.setText(Messages.badInput);
		}
		setting.getParent().layout();
	}

	private static double number(Text text) {
		return Double.parseDouble(text.getText().strip().replace(',', '.'));
	}

	private static String limits() {
		Procedure procedure = DiagnosticProcedures.find(PROCEDURE_ID);
		if (procedure == null) {
			return Messages.procedureMissing;
		}
		StringBuilder text = new StringBuilder(procedure.name());
		for (StepDefinition step : procedure.steps()) {
			String limit = limit(step);
			if (limit != null) {
				text.append('\n').append(NLS.bind(Messages.step, step.label(), limit));
			}
		}
		return text.toString();
	}

	/** The step's limits in words, or null for a check or an observation. */
	private static String limit(StepDefinition step) {
		if (step.lower() != null && step.upper() != null) {
			return NLS.bind(Messages.between, new Object[] { step.lower(), step.upper(), step.unit() });
		}
		if (step.lower() != null) {
			return NLS.bind(Messages.atLeast, step.lower(), step.unit());
		}
		if (step.upper() != null) {
			return NLS.bind(Messages.atMost, step.upper(), step.unit());
		}
		return null;
	}

	@Override
	public void setFocus() {
		rating.setFocus();
	}
}
