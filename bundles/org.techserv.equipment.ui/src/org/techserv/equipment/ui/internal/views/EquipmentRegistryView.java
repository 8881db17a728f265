package org.techserv.equipment.ui.internal.views;

import java.util.List;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.store.StoreException;

/** Equipment at customers' sites: what, where, since when, under warranty until when. */
public final class EquipmentRegistryView extends RecordTableView<CustomerEquipment> {

	@Override
	protected List<CustomerEquipment> load() throws StoreException {
		return Services.store().equipment().all();
	}

	@Override
	protected void columns() {
		column(Messages.columnSerial, 150, CustomerEquipment::getSerialNumber);
		column(Messages.columnModel, 230, e -> e.getModel() == null ? null : e.getModel().getName());
		column(Messages.columnCategory, 120, e -> e.getModel() == null ? null : e.getModel().getCategory());
		column(Messages.columnCustomer, 210, e -> e.getCustomer() == null ? null : e.getCustomer().getDisplayName());
		column(Messages.columnSite, 200, e -> e.getSite() == null ? null : e.getSite().getStreet() + ", " + e.getSite().getCity()); //$NON-NLS-1$
		column(Messages.columnStatus, 100, e -> Labels.of(e.getStatus()));
		column(Messages.columnInstalled, 90, e -> e.getInstalledOn() == null ? null : e.getInstalledOn().toString());
		column(Messages.columnWarranty, 90, e -> e.getWarrantyUntil() == null ? null : e.getWarrantyUntil().toString());
	}

	@Override
	protected String searchText(CustomerEquipment e) {
		return String.join(" ", String.valueOf(e.getSerialNumber()), //$NON-NLS-1$
				e.getModel() == null ? "" : e.getModel().getName() + ' ' + e.getModel().getModelNumber(), //$NON-NLS-1$
				e.getCustomer() == null ? "" : e.getCustomer().getDisplayName(), //$NON-NLS-1$
				e.getSite() == null ? "" : String.valueOf(e.getSite().getCity())); //$NON-NLS-1$
	}

	@Override
	protected String key() {
		return "registry"; //$NON-NLS-1$
	}
}
