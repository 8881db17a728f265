package org.techserv.work.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the work queue; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.work.internal.messages"; //$NON-NLS-1$

	public static String leftOut;
	public static String duplicateId;
	public static String missingAttribute;
	public static String wrongType;
	public static String notCreated;
	public static String failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
