package org.techserv.model.core.util;

import org.eclipse.osgi.util.NLS;

/** Texts of the core model's rules; translations sit next to messages.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.model.core.util.messages"; //$NON-NLS-1$

	public static String personNameRequired;
	public static String organisationNameRequired;
	public static String addressCityRequired;
	public static String addressCountryRequired;
	public static String qualificationPeriod;
	public static String qualificationNumberRequired;
	public static String qualificationIssuerRequired;
	public static String workItemTitleRequired;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
