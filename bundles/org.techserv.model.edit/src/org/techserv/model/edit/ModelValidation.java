package org.techserv.model.edit;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.osgi.util.NLS;

/**
 * The checks an object and everything it contains must pass before it is saved: the model's rules (invariants
 * in the .ecore) and the lengths and patterns of its value types. Editors show the
 * result at the fields; the store refuses to write what fails. Every message names the field.
 */
public final class ModelValidation {

	/** What to check of each class (its invariants, its attributes with facets), worked out once. */
	private static final Map<EClass, Plan> PLANS = new ConcurrentHashMap<>();

	private ModelValidation() {
	}

	/** All problems of {@code root} and its contents; empty when it may be saved. */
	public static List<FieldIssue> check(EObject root) {
		List<FieldIssue> issues = new ArrayList<>();
		Rules rules = new Rules();
		checkTree(root, issues, rules);
		collectRules(rules.chain, issues); // the values' issues first, then the rules'
		return issues;
	}

	/**
	 * The object, then everything it contains in the order {@code eAllContents()} gives: EMF's tree iterator made
	 * a list and an iterator for every object (a kilobyte a MARC record, which an import checks one by one).
	 */
	private static void checkTree(EObject object, List<FieldIssue> issues, Rules rules) {
		Plan plan = PLANS.computeIfAbsent(object.eClass(), Plan::of);
		checkValues(object, plan.checked(), issues);
		rules.run(object, plan.invariants());
		for (EReference containment : plan.containments()) {
			Object value = object.eGet(containment);
			if (value instanceof List<?> children) {
				for (int i = 0; i < children.size(); i++) {
					checkTree((EObject) children.get(i), issues, rules);
				}
			} else if (value != null) {
				checkTree((EObject) value, issues, rules);
			}
		}
	}

	/**
	 * The model's rules: every invariant operation (the .ecore's rules) of the objects checked, in the order the
	 * Diagnostician would run them. EMF's generic checks (multiplicities, data values, proxies), which the
	 * Diagnostician runs first for every object, are left out: {@link #collectRules} would drop what they report
	 * anyway, and they cost three quarters of the time (a MARC import checks every record).
	 */
	private static final class Rules {
		final BasicDiagnostic chain = new BasicDiagnostic();
		private EList<Object> arguments;

		void run(EObject object, List<EOperation> invariants) {
			if (invariants.isEmpty()) {
				return;
			}
			if (arguments == null) {
				arguments = new BasicEList<>(List.of(chain, new HashMap<Object, Object>()));
			}
			for (EOperation invariant : invariants) {
				try {
					object.eInvoke(invariant, arguments);
				} catch (InvocationTargetException e) {
					throw new IllegalStateException(e.getCause());
				}
			}
		}
	}

	/** An attribute whose values have a length or a pattern to keep. */
	private record Checked(EAttribute attribute, Facets facets) {
	}

	/** What {@link #check} looks at in objects of one class, and where it goes on (as eContents(): not derived). */
	private record Plan(List<EOperation> invariants, List<Checked> checked, List<EReference> containments) {
		static Plan of(EClass type) {
			List<Checked> checked = new ArrayList<>();
			for (EAttribute attribute : type.getEAllAttributes()) {
				Facets facets = Facets.of(attribute.getEAttributeType());
				// values without facets cannot fail: not read at all (derived values would be computed for nothing)
				if (!facets.none() && !attribute.isMany()) {
					checked.add(new Checked(attribute, facets));
				}
			}
			List<EReference> containments = type.getEAllContainments().stream().filter(r -> !r.isDerived()).toList();
			return new Plan(invariantsOf(type), List.copyOf(checked), containments);
		}
	}

	/** The invariants of a class and its supertypes, each once (an overridden one as overridden). */
	private static List<EOperation> invariantsOf(EClass type) {
		Set<EOperation> invariants = new LinkedHashSet<>();
		for (EOperation operation : type.getEAllOperations()) {
			if (EcoreUtil.isInvariant(operation)) {
				EOperation override = type.getOverride(operation);
				invariants.add(override == null ? operation : override);
			}
		}
		return List.copyOf(invariants);
	}

	/** Lengths and patterns of the value types (Code, Name, Text, Email, CountryCode, ...). */
	private static void checkValues(EObject object, List<Checked> checked, List<FieldIssue> issues) {
		for (Checked each : checked) {
			EAttribute attribute = each.attribute();
			Facets facets = each.facets();
			if (!(object.eGet(attribute) instanceof String value)) {
				continue;
			}
			if (facets.max() > 0 && value.length() > facets.max()) {
				issues.add(issue(object, attribute, value, NLS.bind(Messages.tooLong,
						new Object[] { FieldLabels.of(object, attribute), value.length(), facets.max() })));
				continue;
			}
			if (!facets.patterns().isEmpty() && !value.isEmpty() && !matchesAny(value, facets.patterns())) {
				issues.add(issue(object, attribute, value, NLS.bind(Messages.malformed(attribute.getEAttributeType().getName()),
						FieldLabels.of(object, attribute), value)));
			}
		}
	}

	/** A value type's maximum length (0: none) and patterns, read once from its annotations. */
	private record Facets(int max, List<java.util.regex.Pattern> patterns) {
		static Facets of(EDataType type) {
			return new Facets(ExtendedMetaData.INSTANCE.getMaxLengthFacet(type), ExtendedMetaData.INSTANCE
					.getPatternFacet(type).stream().map(java.util.regex.Pattern::compile).toList());
		}

		boolean none() {
			return max <= 0 && patterns.isEmpty();
		}
	}

	/** The model's own rules; EMF's generic value checks are skipped, {@link #checkValues} words them better. */
	private static void collectRules(Diagnostic diagnostic, List<FieldIssue> issues) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())) {
				continue;
			}
			if (child.getSeverity() == Diagnostic.ERROR) {
				List<?> data = child.getData();
				EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
				EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
				String label = object != null && feature != null ? FieldLabels.of(object, feature) : ""; //$NON-NLS-1$
				Object value = object != null && feature != null ? object.eGet(feature) : null;
				issues.add(new FieldIssue(object, feature, label, value == null ? "" : value.toString(), //$NON-NLS-1$
						child.getMessage()));
			}
			collectRules(child, issues);
		}
	}

	private static FieldIssue issue(EObject object, EAttribute attribute, String value, String message) {
		return new FieldIssue(object, attribute, FieldLabels.of(object, attribute), value, message);
	}

	private static boolean matchesAny(String value, List<java.util.regex.Pattern> patterns) {
		for (java.util.regex.Pattern pattern : patterns) {
			if (pattern.matcher(value).matches()) {
				return true;
			}
		}
		return false;
	}
}
