package org.techserv.equipment.diagnostics.internal;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.diagnostics.Applicability;
import org.techserv.equipment.diagnostics.DiagnosticProcedures;
import org.techserv.equipment.diagnostics.Procedure;

/**
 * {@code techserv procedures}: the diagnostic procedures this installation offers, one per line with the plug-in
 * that contributed it, then the contributions left out and why. A support person sees at once whether a
 * manufacturer's plug-in is installed and read.
 */
public final class ProceduresApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		PrintStream out = System.out;
		DiagnosticProcedures.Reading reading = DiagnosticProcedures.read(Platform.getExtensionRegistry());
		for (Procedure procedure : reading.procedures()) {
			out.printf("  %-40s %-36s %s%n", procedure.id(), procedure.contributor(), procedure.name()); //$NON-NLS-1$
			out.println("      " + NLS.bind(Messages.procedureAppliesTo, appliesTo(procedure), procedure.steps().size())); //$NON-NLS-1$
		}
		reading.problems().forEach(problem -> out.println("  " + problem)); //$NON-NLS-1$
		out.println(NLS.bind(Messages.procedureCount, reading.procedures().size(), reading.problems().size()));
		return EXIT_OK;
	}

	private static String appliesTo(Procedure procedure) {
		if (procedure.appliesTo().isEmpty()) {
			return Messages.procedureAppliesToAll;
		}
		return procedure.appliesTo().stream().map(ProceduresApplication::describe).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String describe(Applicability applicability) {
		StringBuilder text = new StringBuilder();
		for (String part : new String[] { applicability.category(), applicability.manufacturer(),
				applicability.modelNumber() }) {
			if (part != null) {
				text.append(text.isEmpty() ? "" : " ").append(part); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return text.toString();
	}

	@Override
	public void stop() {
		// returns at once
	}
}
