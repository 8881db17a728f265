package org.techserv.equipment.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.diagnostics.internal.Messages;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.StepKind;

/**
 * The diagnostic procedures contributed to {@value #EXTENSION_POINT}. Broken contributions are left out and
 * reported, naming bundle and procedure; the rest stay usable.
 */
public final class DiagnosticProcedures {

	public static final String EXTENSION_POINT = "org.techserv.equipment.diagnostics"; //$NON-NLS-1$
	private static final int MAX_ID = 40;

	/**
	 * What reading the extension point found.
	 *
	 * @param procedures the valid procedures, by name
	 * @param problems   one sentence per contribution left out
	 */
	public record Reading(List<Procedure> procedures, List<String> problems) {
	}

	private DiagnosticProcedures() {
	}

	/** The valid installed procedures by name; problems go to the error log. */
	public static List<Procedure> installed() {
		Reading reading = read(Platform.getExtensionRegistry());
		ILog log = ILog.of(DiagnosticProcedures.class);
		reading.problems().forEach(problem -> log.log(Status.warning(problem)));
		return reading.procedures();
	}

	/** The installed procedures that apply to the equipment. */
	public static List<Procedure> applicableTo(CustomerEquipment equipment) {
		return installed().stream().filter(p -> p.appliesTo(equipment)).toList();
	}

	/** The installed procedure with this id, or null. */
	public static Procedure find(String id) {
		return installed().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
	}

	public static Reading read(IExtensionRegistry registry) {
		List<Procedure> procedures = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"procedure".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String bundle = element.getContributor().getName();
			try {
				Procedure procedure = procedure(element, bundle);
				if (!ids.add(procedure.id())) {
					throw new IllegalArgumentException(NLS.bind(Messages.duplicateId, procedure.id()));
				}
				procedures.add(procedure);
			} catch (IllegalArgumentException e) {
				problems.add(NLS.bind(Messages.leftOut, new Object[] { bundle, element.getAttribute("id"), e.getMessage() })); //$NON-NLS-1$
			}
		}
		procedures.sort(Comparator.comparing(Procedure::name, String.CASE_INSENSITIVE_ORDER));
		return new Reading(List.copyOf(procedures), List.copyOf(problems));
	}

	private static Procedure procedure(IConfigurationElement element, String bundle) {
		String id = required(element, "id"); //$NON-NLS-1$
		if (id.length() > MAX_ID) {
			throw new IllegalArgumentException(NLS.bind(Messages.idTooLong, id, MAX_ID));
		}
		String name = required(element, "name"); //$NON-NLS-1$
		String description = element.getAttribute("description"); //$NON-NLS-1$
		List<Applicability> appliesTo = new ArrayList<>();
		List<StepDefinition> steps = new ArrayList<>();
		Set<String> stepIds = new HashSet<>();
		for (IConfigurationElement child : element.getChildren()) {
			if ("appliesTo".equals(child.getName())) { //$NON-NLS-1$
				appliesTo.add(new Applicability(child.getAttribute("category"), child.getAttribute("manufacturer"), //$NON-NLS-1$ //$NON-NLS-2$
						child.getAttribute("modelNumber"))); //$NON-NLS-1$
				continue;
			}
			StepDefinition step = step(child);
			if (!stepIds.add(step.id())) {
				throw new IllegalArgumentException(NLS.bind(Messages.duplicateStep, step.id()));
			}
			steps.add(step);
		}
		if (steps.isEmpty()) {
			throw new IllegalArgumentException(Messages.noSteps);
		}
		return new Procedure(id, name, description == null ? "" : description, bundle, appliesTo, steps); //$NON-NLS-1$
	}

	private static StepDefinition step(IConfigurationElement child) {
		String id = required(child, "id"); //$NON-NLS-1$
		String label = required(child, "label"); //$NON-NLS-1$
		return switch (child.getName()) {
		case "measurement" -> { //$NON-NLS-1$
			Double lower = number(child, "lower", id); //$NON-NLS-1$
			Double upper = number(child, "upper", id); //$NON-NLS-1$
			if (lower == null && upper == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.noLimits, id));
			}
			if (lower != null && upper != null && lower > upper) {
				throw new IllegalArgumentException(NLS.bind(Messages.limitsReversed, new Object[] { id, lower, upper }));
			}
			yield new StepDefinition(id, label, StepKind.MEASUREMENT, required(child, "unit"), lower, upper); //$NON-NLS-1$
		}
		case "check" -> new StepDefinition(id, label, StepKind.CHECK, null, null, null); //$NON-NLS-1$
		case "observation" -> new StepDefinition(id, label, StepKind.OBSERVATION, null, null, null); //$NON-NLS-1$
		default -> throw new IllegalArgumentException(NLS.bind(Messages.unknownStep, child.getName()));
		};
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(NLS.bind(Messages.missingAttribute, element.getName(), attribute));
		}
		return value.strip();
	}

	private static Double number(IConfigurationElement element, String attribute, String step) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.notANumber, new Object[] { step, attribute, value }));
		}
	}
}
