package org.techserv.equipment.ui;

/** Identifiers of the equipment screens that other bundles, key bindings and tests refer to. */
public final class EquipmentUiIds {

	public static final String PERSPECTIVE = "org.techserv.equipment.ui.perspective"; //$NON-NLS-1$
	public static final String ORDERS_VIEW = "org.techserv.equipment.ui.views.orders"; //$NON-NLS-1$
	public static final String DISPATCH_VIEW = "org.techserv.equipment.ui.views.dispatch"; //$NON-NLS-1$
	public static final String REGISTRY_VIEW = "org.techserv.equipment.ui.views.registry"; //$NON-NLS-1$
	public static final String TECHNICIANS_VIEW = "org.techserv.equipment.ui.views.technicians"; //$NON-NLS-1$
	public static final String PARTS_VIEW = "org.techserv.equipment.ui.views.parts"; //$NON-NLS-1$
	public static final String ORDER_EDITOR = "org.techserv.equipment.ui.editors.order"; //$NON-NLS-1$
	public static final String NEW_ORDER_WIZARD = "org.techserv.equipment.ui.wizards.newOrder"; //$NON-NLS-1$
	public static final String SELL_WIZARD = "org.techserv.equipment.ui.wizards.sell"; //$NON-NLS-1$
	public static final String NEW_ORDER_COMMAND = "org.techserv.equipment.ui.commands.newOrder"; //$NON-NLS-1$
	public static final String SELL_COMMAND = "org.techserv.equipment.ui.commands.sell"; //$NON-NLS-1$
	public static final String OPEN_DUE_MAINTENANCE_COMMAND = "org.techserv.equipment.ui.commands.openDueMaintenance"; //$NON-NLS-1$

	private EquipmentUiIds() {
	}
}
