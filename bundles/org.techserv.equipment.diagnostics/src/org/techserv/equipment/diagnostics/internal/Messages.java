package org.techserv.equipment.diagnostics.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the diagnostics registry; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.equipment.diagnostics.internal.messages"; //$NON-NLS-1$

	public static String leftOut;
	public static String duplicateId;
	public static String idTooLong;
	public static String duplicateStep;
	public static String noSteps;
	public static String noLimits;
	public static String limitsReversed;
	public static String unknownStep;
	public static String missingAttribute;
	public static String notANumber;
	public static String procedureAppliesTo;
	public static String procedureAppliesToAll;
	public static String procedureCount;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
