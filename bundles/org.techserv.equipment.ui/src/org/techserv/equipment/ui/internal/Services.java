package org.techserv.equipment.ui.internal;

import org.eclipse.ui.PlatformUI;
import org.techserv.equipment.store.EquipmentStore;
import org.techserv.model.store.PartyRepository;

/** The services the equipment screens work with, from the workbench's context (OSGi services). */
public final class Services {

	private Services() {
	}

	public static EquipmentStore store() {
		EquipmentStore store = PlatformUI.getWorkbench().getService(EquipmentStore.class);
		if (store == null) {
			throw new IllegalStateException(Messages.noStore);
		}
		return store;
	}

	public static PartyRepository parties() {
		PartyRepository parties = PlatformUI.getWorkbench().getService(PartyRepository.class);
		if (parties == null) {
			throw new IllegalStateException(Messages.noStore);
		}
		return parties;
	}
}
