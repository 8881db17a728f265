package org.techserv.library.search.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the catalogue search; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.search.internal.messages"; //$NON-NLS-1$

	public static String indexUnusable;
	public static String indexBusy;
	public static String rebuildTask;
	public static String catchUpTask;
	public static String swapFailed;
	public static String updateFailed;
	public static String catchUpFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
