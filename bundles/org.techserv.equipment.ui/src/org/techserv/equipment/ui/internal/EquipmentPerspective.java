package org.techserv.equipment.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.techserv.equipment.ui.EquipmentUiIds;

/**
 * Equipment Service: the order list on top, the editor area in the middle, and below it the dispatch board with
 * the registry, technicians, parts and Properties as tabs.
 */
public final class EquipmentPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(EquipmentUiIds.ORDERS_VIEW, IPageLayout.TOP, 0.36f, editors);
		IFolderLayout below = layout.createFolder("org.techserv.equipment.ui.below", IPageLayout.BOTTOM, 0.55f, editors); //$NON-NLS-1$
		below.addView(EquipmentUiIds.DISPATCH_VIEW);
		below.addView(EquipmentUiIds.REGISTRY_VIEW);
		below.addView(EquipmentUiIds.TECHNICIANS_VIEW);
		below.addView(EquipmentUiIds.PARTS_VIEW);
		below.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		below.addPlaceholder("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		for (String view : new String[] { EquipmentUiIds.ORDERS_VIEW, EquipmentUiIds.DISPATCH_VIEW,
				EquipmentUiIds.REGISTRY_VIEW, EquipmentUiIds.TECHNICIANS_VIEW, EquipmentUiIds.PARTS_VIEW,
				IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut(EquipmentUiIds.NEW_ORDER_WIZARD);
		layout.addNewWizardShortcut(EquipmentUiIds.SELL_WIZARD);
	}
}
