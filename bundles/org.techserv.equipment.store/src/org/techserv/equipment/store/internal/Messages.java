package org.techserv.equipment.store.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the equipment store; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.equipment.store.internal.messages"; //$NON-NLS-1$

	public static String notEnoughStock;
	public static String partGone;
	public static String duplicateModel;
	public static String duplicateSerial;
	public static String duplicatePartNumber;
	public static String installationTitle;
	public static String maintenanceTitle;
	public static String demoLoading;
	public static String demoSummary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
