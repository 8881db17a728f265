package org.techserv.ui.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows a model object in the Properties view through its item provider's property descriptors (names, categories
 * and value texts as the edit bundle defines them). Read-only: changes go through the editors, so they land on
 * their command stacks.
 */
public final class ItemPropertySource implements IPropertySource {

	private static final AdapterFactory ADAPTERS = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	private final Object object;
	private final IItemPropertySource source;

	private ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	/** The property source of a model object, or null when no item provider describes it. */
	public static IPropertySource of(Object object) {
		synchronized (ADAPTERS) {
			return ADAPTERS.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source
					? new ItemPropertySource(object, source)
					: null;
		}
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
		IPropertyDescriptor[] result = new IPropertyDescriptor[descriptors.size()];
		for (int i = 0; i < result.length; i++) {
			IItemPropertyDescriptor item = descriptors.get(i);
			PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
			descriptor.setCategory(item.getCategory(object));
			descriptor.setDescription(item.getDescription(object));
			IItemLabelProvider labels = item.getLabelProvider(object);
			descriptor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return labels.getText(element);
				}
			});
			result[i] = descriptor;
		}
		return result;
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
		return descriptor == null ? null : descriptor.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
