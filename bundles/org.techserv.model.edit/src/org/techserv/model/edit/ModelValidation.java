package org.techserv.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.osgi.util.NLS;

/**
 * The checks an object and everything it contains must pass before it is saved: the model's rules (invariants
 * in the .ecore, run by EMF's Diagnostician) and the lengths and patterns of its value types. Editors show the
 * result at the fields; the store refuses to write what fails. Every message names the field.
 */
public final class ModelValidation {

	private ModelValidation() {
	}

	/** All problems of {@code root} and its contents; empty when it may be saved. */
	public static List<FieldIssue> check(EObject root) {
		List<FieldIssue> issues = new ArrayList<>();
		checkValues(root, issues);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			checkValues(contents.next(), issues);
		}
		collectRules(Diagnostician.INSTANCE.validate(root), issues);
		return issues;
	}

	/** Lengths and patterns of the value types (Code, Name, Text, Email, CountryCode, ...). */
	private static void checkValues(EObject object, List<FieldIssue> issues) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isMany() || !(object.eGet(attribute) instanceof String value)) {
				continue;
			}
			EDataType type = attribute.getEAttributeType();
			int max = ExtendedMetaData.INSTANCE.getMaxLengthFacet(type);
			if (max > 0 && value.length() > max) {
				issues.add(issue(object, attribute, value,
						NLS.bind(Messages.tooLong, new Object[] { FieldLabels.of(object, attribute), value.length(), max })));
				continue;
			}
			List<String> patterns = ExtendedMetaData.INSTANCE.getPatternFacet(type);
			if (!patterns.isEmpty() && !value.isEmpty() && !matchesAny(value, patterns)) {
				issues.add(issue(object, attribute, value, NLS.bind(Messages.malformed(type.getName()),
						FieldLabels.of(object, attribute), value)));
			}
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

	private static boolean matchesAny(String value, List<String> patterns) {
		for (String pattern : patterns) {
			if (value.matches(pattern)) {
				return true;
			}
		}
		return false;
	}
}
