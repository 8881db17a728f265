package org.techserv.store.emf;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * One column: either the home of an attribute (read and written), or a value derived from the object when it is
 * written (a discriminator, a sort key, the id of a referenced record) and not read back into an attribute.
 *
 * @param name      the column name
 * @param attribute the attribute it holds; null for a derived column
 * @param type      how its values travel
 * @param derived   computes a derived column's value; null for an attribute column
 */
public record Column(String name, EAttribute attribute, ValueType type, Function<EObject, Object> derived) {

	/** The column of an attribute. */
	public static Column of(String name, EAttribute attribute) {
		return new Column(name, attribute, ValueType.of(attribute), null);
	}

	/** A column whose value is computed from the object on every write. */
	public static Column derived(String name, ValueType type, Function<EObject, Object> value) {
		return new Column(name, null, type, value);
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
		return attribute != null;
	}
}
