package org.techserv.store.emf;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column: either the home of an attribute (read and written), or a value derived from the object when it is
 * written (a discriminator, a sort key, the id of a referenced record) and not read back into an attribute.
 *
 * @param name      the column name
 * @param attribute the attribute it holds; null for a derived column
 * @param type      how its values travel
 * @param derived   computes a derived column's value; null for an attribute column
 * @param reference the reference whose target's id the column holds; null otherwise
 * @param audit     whether changes to it go into the audit trail
 */
public record Column(String name, EAttribute attribute, ValueType type, Function<EObject, Object> derived,
		EReference reference, boolean audit) {

	/** The column of an attribute. */
	public static Column of(String name, EAttribute attribute) {
		return new Column(name, attribute, ValueType.of(attribute), null, null, true);
	}

	/**
	 * The column holding the id of the record a reference names (a foreign key); read back through
	 * {@link References}. The referenced class must have a {@code long} attribute named {@code id}.
	 */
	public static Column reference(String name, EReference reference) {
		return new Column(name, null, ValueType.LONG, o -> idOf(o, reference), reference, true);
	}

	/** A column whose value is computed from the object on every write. */
	public static Column derived(String name, ValueType type, Function<EObject, Object> value) {
		return new Column(name, null, type, value, null, false);
	}

	/**
	 * A computed column that holds information of its own (a contained object kept in the parent's row, such as a
	 * sign-off), so its changes belong in the audit trail. Reading it back is the repository's work.
	 */
	public static Column derivedAudited(String name, ValueType type, Function<EObject, Object> value) {
		return new Column(name, null, type, value, null, true);
	}

	/** Whether the column holds the referenced record of a reference of the object's class. */
	public boolean refersFor(EObject object) {
		return reference != null && reference.getEContainingClass().isSuperTypeOf(object.eClass());
	}

	/** The value to write for {@code object}; null when the attribute does not belong to its class. */
	public Object valueOf(EObject object) {
		if (derived != null) {
			return derived.apply(object);
		}
		return applies(object) ? object.eGet(attribute) : null;
	}

	/** Whether the column holds an attribute of the object's class (a table may serve several classes). */
	public boolean applies(EObject object) {
		return attribute != null && attribute.getEContainingClass().isSuperTypeOf(object.eClass());
	}

	/** Whether changes to it belong in the audit trail (derived columns repeat other fields). */
	public boolean audited() {
		return audit;
	}

	private static Object idOf(EObject object, EReference reference) {
		if (!reference.getEContainingClass().isSuperTypeOf(object.eClass())
				|| !(object.eGet(reference) instanceof EObject target)) {
			return null;
		}
		EStructuralFeature id = target.eClass().getEStructuralFeature("id"); //$NON-NLS-1$
		Object value = id == null ? null : target.eGet(id);
		return value instanceof Long l && l != 0 ? l : null;
	}
}
