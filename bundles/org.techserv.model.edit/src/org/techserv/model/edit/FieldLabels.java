package org.techserv.model.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * The names of fields as users read them, taken from the item providers' property descriptors (translated with
 * the edit bundles' plugin.properties), so messages and forms use the same words.
 */
public final class FieldLabels {

	private static final ComposedAdapterFactory ADAPTERS = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	private FieldLabels() {
	}

	/** The label of {@code feature} on {@code object}; the feature name in words when no descriptor has it. */
	public static String of(EObject object, EStructuralFeature feature) {
		synchronized (ADAPTERS) {
			if (ADAPTERS.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
				IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, feature);
				if (descriptor != null) {
					return descriptor.getDisplayName(object);
				}
			}
		}
		return words(feature.getName());
	}

	/** {@code customerNumber} becomes {@code Customer number}. */
	static String words(String name) {
		StringBuilder words = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c) && !words.isEmpty()) {
				words.append(' ').append(Character.toLowerCase(c));
			} else {
				words.append(words.isEmpty() ? Character.toUpperCase(c) : c);
			}
		}
		return words.toString();
	}
}
