package org.techserv.equipment.report.internal;

import java.io.IOException;
import java.util.List;

import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.report.internal.Table.Cell;
import org.techserv.equipment.report.internal.Table.Column;

/** Every diagnostic run: procedure, technician, time, PASS or FAIL, and its steps with their own results. */
public final class DiagnosticsSection {

	private DiagnosticsSection() {
	}

	public static void write(PageFlow flow, ServiceOrder order, Formats formats) throws IOException {
		if (order.getDiagnosticRuns().isEmpty()) {
			return;
		}
		flow.heading(Messages.diagnosticsHeading);
		for (DiagnosticRun run : order.getDiagnosticRuns()) {
			TextStyle name = new TextStyle(flow.strong().font(), 10f);
			flow.ensure(name.leading() + 4 * flow.body().leading());
			flow.paragraph(Formats.orNone(run.getProcedureName()), name);
			new Fields(flow).add(Messages.technician, Labels.party(run.getPerformedBy()))
					.add(Messages.performedAt, formats.dateTime(run.getPerformedAt()))
					.add(Messages.runResult, Labels.passed(run.isPassed()), resultStyle(flow.strong(), run.isPassed()))
					.end();
			steps(flow, run, formats);
			flow.gap(6f);
		}
	}

	private static void steps(PageFlow flow, DiagnosticRun run, Formats formats) throws IOException {
		if (run.getSteps().isEmpty()) {
			flow.paragraph(Messages.noSteps, flow.body());
			return;
		}
		TextStyle small = new TextStyle(flow.body().font(), 8f);
		Table table = Table.ruled(flow, List.of(Column.left(Messages.step, 0.27f),
				Column.right(Messages.measured, 0.13f), Column.left(Messages.limits, 0.15f),
				Column.left(Messages.check, 0.08f), Column.left(Messages.observation, 0.27f),
				Column.left(Messages.result, 0.10f)));
		for (StepResult step : run.getSteps()) {
			table.row(new Cell(step.getLabel(), small), new Cell(formats.measured(step), small),
					new Cell(formats.limits(step), small), new Cell(check(step), small),
					new Cell(step.getObservation(), small), result(flow, step.isPassed()));
		}
		table.end();
	}

	private static String check(StepResult step) {
		if (step.getKind() != StepKind.CHECK) {
			return ""; //$NON-NLS-1$
		}
		if (step.getChecked() == null) {
			return Formats.NONE;
		}
		return step.getChecked() ? Messages.yes : Messages.no;
	}

	private static Cell result(PageFlow flow, boolean passed) {
		return new Cell(Labels.passed(passed), resultStyle(new TextStyle(flow.strong().font(), 8f), passed));
	}

	/** PASS in green, FAIL in red, both bold so that they also read in black and white. */
	private static TextStyle resultStyle(TextStyle bold, boolean passed) {
		return passed ? bold.coloured(0f, 0.45f, 0.1f) : bold.coloured(0.78f, 0f, 0f);
	}
}
