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

	// order statuses and licence kinds as words in a sentence ("cannot go from in progress to new")
	public static String status_NEW;
	public static String status_SCHEDULED;
	public static String status_DISPATCHED;
	public static String status_IN_PROGRESS;
	public static String status_ON_HOLD;
	public static String status_COMPLETED;
	public static String status_CLOSED;
	public static String status_CANCELLED;
	public static String licence_ELECTRICIAN;
	public static String licence_HEATING_COOLING;
	public static String licence_REFRIGERATION;
	public static String licence_GAS_FITTER;
	public static String licence_PLUMBER;
	public static String licence_VOCATIONAL_DIPLOMA;
	public static String licence_ENGINEERING_DEGREE;
	public static String licence_LIBRARY_TECHNICIAN;
	public static String licence_LIBRARIAN;
	public static String licence_OTHER;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
