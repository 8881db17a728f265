package org.techserv.equipment.ui.internal.work;

import org.eclipse.osgi.util.NLS;

/** Texts of the equipment shop's contributions to My Work and to the order editor's contributed pages. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.equipment.ui.internal.work.messages"; //$NON-NLS-1$

	public static String kindOrder;
	public static String kindVisit;
	public static String historyNumber;
	public static String historyDue;
	public static String historyKind;
	public static String historyStatus;
	public static String historyUnit;
	public static String historyTechnician;
	public static String historyTitle;
	public static String historyThisUnit;
	public static String historyNoCustomer;
	public static String historyNone;
	public static String historySummary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
