package org.techserv.equipment.ui.internal.editor;

import static org.techserv.equipment.model.EquipmentPackage.Literals.SERVICE_ORDER__DIAGNOSTIC_RUNS;
import static org.techserv.equipment.model.EquipmentPackage.Literals.STEP_RESULT__CHECKED;
import static org.techserv.equipment.model.EquipmentPackage.Literals.STEP_RESULT__OBSERVATION;
import static org.techserv.equipment.model.EquipmentPackage.Literals.STEP_RESULT__VALUE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.techserv.ui.forms.FormFields;
import org.techserv.equipment.diagnostics.DiagnosticProcedures;
import org.techserv.equipment.diagnostics.Procedure;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.ui.emf.CheckFieldBinding;
import org.techserv.ui.emf.TextFieldBinding;
import org.techserv.ui.emf.ValueText;

/**
 * Diagnostic runs: start one of the procedures that apply to the equipment, enter each step's reading, see pass or
 * fail as it is computed from the step's limits.
 */
final class DiagnosticsPage extends OrderPage {

	static final String ID = "diagnostics"; //$NON-NLS-1$

	private TableViewer runs;
	private TableViewer steps;
	private DiagnosticRun run;
	private StepResult step;
	private List<Procedure> procedures = List.of();

	DiagnosticsPage(ServiceOrderEditor editor, OrderSession session) {
		super(editor, session, ID, Messages.pageDiagnostics);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		var domain = session.domain();
		Composite start = fields.section(body, Messages.sectionStartProcedure, Messages.sectionStartProcedureDescription);
		Combo procedure = fields.combo(start, Messages.fieldProcedure, "diagnostics.procedure"); //$NON-NLS-1$
		Label description = fields.value(start, "", "diagnostics.description"); //$NON-NLS-1$ //$NON-NLS-2$
		fields.toolkit().createLabel(start, ""); //$NON-NLS-1$
		Button startButton = fields.button(start, Messages.buttonStartProcedure, "diagnostics.start"); //$NON-NLS-1$
		procedure.addListener(SWT.Selection, e -> {
			int index = procedure.getSelectionIndex();
			description.setText(index < 0 ? "" : procedures.get(index).description()); //$NON-NLS-1$
			start.layout();
		});
		startButton.addListener(SWT.Selection, e -> {
			int index = procedure.getSelectionIndex();
			if (index >= 0) {
				DiagnosticRun started = procedures.get(index).start(session.latestTechnician(),
						Instant.now().truncatedTo(ChronoUnit.MINUTES));
				run = started;
				session.execute(AddCommand.create(domain, session.order(), SERVICE_ORDER__DIAGNOSTIC_RUNS, started));
			}
		});

		Composite recorded = fields.section(body, Messages.sectionRuns, null);
		runs = new TableViewer(recorded, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(runs.getTable(), "diagnostics.runs"); //$NON-NLS-1$
		runs.setContentProvider(ArrayContentProvider.getInstance());
		VisitsPage.column(runs, Messages.columnProcedure, 260, r -> ((DiagnosticRun) r).getProcedureName());
		VisitsPage.column(runs, Messages.columnTechnician, 160, r -> ((DiagnosticRun) r).getPerformedBy() == null ? "" //$NON-NLS-1$
				: ((DiagnosticRun) r).getPerformedBy().getDisplayName());
		VisitsPage.column(runs, Messages.columnWhen, 130, r -> Labels.dayTime(((DiagnosticRun) r).getPerformedAt()));
		VisitsPage.column(runs, Messages.columnResult, 80, r -> result(((DiagnosticRun) r).isPassed()));
		runs.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).span(2, 1).applyTo(runs.getTable());
		Button remove = fields.button(recorded, Messages.buttonRemoveRun, "diagnostics.remove"); //$NON-NLS-1$
		remove.addListener(SWT.Selection, e -> {
			if (run != null) {
				session.execute(RemoveCommand.create(domain, session.order(), SERVICE_ORDER__DIAGNOSTIC_RUNS, run));
			}
		});
		runs.addSelectionChangedListener(e -> {
			if (session.refreshing()) {
				return;
			}
			DiagnosticRun chosen = (DiagnosticRun) ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (chosen != run) {
				run = chosen;
				step = null;
				session.refresh();
			}
		});

		Composite results = fields.section(body, Messages.sectionSteps, Messages.sectionStepsDescription);
		steps = new TableViewer(results, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(steps.getTable(), "diagnostics.steps"); //$NON-NLS-1$
		steps.setContentProvider(ArrayContentProvider.getInstance());
		VisitsPage.column(steps, Messages.columnStep, 440, s -> ((StepResult) s).getLabel());
		VisitsPage.column(steps, Messages.columnReading, 170, s -> reading((StepResult) s));
		VisitsPage.column(steps, Messages.columnLimits, 120, s -> limits((StepResult) s));
		VisitsPage.column(steps, Messages.columnResult, 80, s -> result(((StepResult) s).isPassed()));
		steps.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).span(2, 1).applyTo(steps.getTable());
		steps.addSelectionChangedListener(e -> {
			if (session.refreshing()) {
				return;
			}
			StepResult chosen = (StepResult) ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (chosen != step) {
				step = chosen;
				editor.select(chosen);
				session.refresh();
			}
		});
		Label current = fields.value(results, Messages.fieldStep, "step.label"); //$NON-NLS-1$
		session.register(new TextFieldBinding(domain, fields.text(results, Messages.fieldMeasured, "step.value", SWT.SINGLE), //$NON-NLS-1$
				() -> step != null && step.getKind() == StepKind.MEASUREMENT ? step : null, STEP_RESULT__VALUE,
				ValueText.decimal(Messages.fieldMeasured, true)));
		session.register(new CheckFieldBinding(domain, fields.check(results, Messages.fieldChecked, "step.checked"), //$NON-NLS-1$
				() -> step != null && step.getKind() == StepKind.CHECK ? step : null, STEP_RESULT__CHECKED));
		session.register(new TextFieldBinding(domain,
				fields.text(results, Messages.fieldObservation, "step.observation", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), //$NON-NLS-1$
				() -> step, STEP_RESULT__OBSERVATION, ValueText.text()));

		session.onRefresh(() -> {
			if (runs.getTable().isDisposed()) {
				return;
			}
			procedures = DiagnosticProcedures.applicableTo(session.order().getEquipment());
			String[] names = procedures.stream().map(Procedure::name).toArray(String[]::new);
			if (!List.of(procedure.getItems()).equals(List.of(names))) {
				procedure.setItems(names);
				if (names.length > 0) {
					procedure.select(0);
					description.setText(procedures.get(0).description());
				}
			}
			List<DiagnosticRun> all = session.order().getDiagnosticRuns();
			if (run != null && !all.contains(run)) {
				run = null;
			}
			if (run == null && !all.isEmpty()) {
				run = all.get(all.size() - 1);
			}
			runs.setInput(all.toArray());
			if (run != null) {
				runs.setSelection(new StructuredSelection(run), true);
			}
			steps.setInput(run == null ? new Object[0] : run.getSteps().toArray());
			if (step != null && (run == null || !run.getSteps().contains(step))) {
				step = null;
			}
			if (step != null) {
				steps.setSelection(new StructuredSelection(step), true);
			}
			current.setText(step == null ? "" : step.getLabel()); //$NON-NLS-1$
			results.layout();
		});
	}

	@Override
	void reloaded() {
		run = null;
		step = null;
	}

	static String result(boolean passed) {
		return passed ? Messages.resultPass : Messages.resultFail;
	}

	static String reading(StepResult step) {
		if (step.getKind() == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (step.getKind()) {
		case MEASUREMENT -> step.getValue() == null ? "" : step.getValue() + " " + step.getUnit(); //$NON-NLS-1$ //$NON-NLS-2$
		case CHECK -> step.getChecked() == null ? "" : step.getChecked() ? Messages.yes : Messages.no; //$NON-NLS-1$
		case OBSERVATION -> step.getObservation() == null ? "" : step.getObservation(); //$NON-NLS-1$
		};
	}

	static String limits(StepResult step) {
		if (step.getKind() != StepKind.MEASUREMENT) {
			return ""; //$NON-NLS-1$
		}
		Double lower = step.getLowerLimit();
		Double upper = step.getUpperLimit();
		if (lower != null && upper != null) {
			return lower + " – " + upper; //$NON-NLS-1$
		}
		return lower != null ? "≥ " + lower : upper != null ? "≤ " + upper : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** For layout code that wants a grid of buttons. */
	static Composite row(FormFields fields, Composite parent) {
		Composite row = fields.toolkit().createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
		return row;
	}
}
