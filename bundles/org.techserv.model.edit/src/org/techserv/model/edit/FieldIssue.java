package org.techserv.model.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing wrong with one field of a model object, for an editor to show at the field and for the store to
 * refuse the save with.
 *
 * @param object  the object
 * @param feature the field; null when the problem is about the object as a whole
 * @param label   the field as the user knows it
 * @param value   the offending value as text, or empty
 * @param message the sentence for the user, naming the field (and the value where it helps)
 */
public record FieldIssue(EObject object, EStructuralFeature feature, String label, String value, String message) {
}
