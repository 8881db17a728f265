package org.techserv.equipment.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.techserv.equipment.store.OrderRow;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;

/** Shows a row of the Service Orders view in the Properties view (read-only; the editor changes orders). */
public final class OrderRowProperties implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adaptable instanceof OrderRow row && adapterType == IPropertySource.class) {
			return adapterType.cast(new Source(row));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	private static final class Source implements IPropertySource {

		private final Map<String, String> values = new LinkedHashMap<>();

		Source(OrderRow row) {
			values.put(Messages.columnNumber, row.number());
			values.put(Messages.columnTitle, row.title());
			values.put(Messages.columnKind, Labels.of(row.kind()));
			values.put(Messages.columnStatus, Labels.of(row.status()));
			values.put(Messages.columnPriority, Labels.of(row.priority()));
			values.put(Messages.columnCustomer, row.customer());
			values.put(Messages.columnEquipment, row.equipment());
			values.put(Messages.columnTechnician, row.technician());
			values.put(Messages.columnDue, row.due() == null ? null : row.due().toString());
		}

		@Override
		public Object getEditableValue() {
			return this;
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			return values.keySet().stream().map(name -> new PropertyDescriptor(name, name))
					.toArray(IPropertyDescriptor[]::new);
		}

		@Override
		public Object getPropertyValue(Object id) {
			String value = values.get(id);
			return value == null ? "" : value; //$NON-NLS-1$
		}

		@Override
		public boolean isPropertySet(Object id) {
			return false;
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
}
