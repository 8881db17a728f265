package org.techserv.equipment.model.util;

import org.eclipse.osgi.util.NLS;

/** Texts of the equipment model's rules; translations sit next to messages.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.equipment.model.util.messages"; //$NON-NLS-1$

	public static String modelNumberRequired;
	public static String modelNameRequired;
	public static String serialRequired;
	public static String modelRequired;
	public static String warrantyBeforeInstall;
	public static String stockNegative;
	public static String reorderNegative;
	public static String partNumberRequired;
	public static String kindRequired;
	public static String customerRequired;
	public static String unknownStatus;
	public static String visitEndsBeforeStart;
	public static String quantityNotPositive;
	public static String labourNegative;
	public static String illegalTransition;
	public static String newOrderStatus;
	public static String signOffRequired;
	public static String notATechnician;
	public static String licenceMissing;
	public static String licenceExpired;
	public static String licenceNotYetValid;
	public static String licenceExpiring;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
