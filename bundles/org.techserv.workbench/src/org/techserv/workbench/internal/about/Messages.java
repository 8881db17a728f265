package org.techserv.workbench.internal.about;

import org.eclipse.osgi.util.NLS;

/** Texts of the About dialog. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.workbench.internal.about.messages"; //$NON-NLS-1$

	public static String aboutTitle;
	public static String aboutVersion;
	public static String aboutFeaturesTab;
	public static String aboutPluginsTab;
	public static String aboutCopy;
	public static String columnName;
	public static String columnVersion;
	public static String columnProvider;
	public static String columnId;
	public static String productFallbackName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
