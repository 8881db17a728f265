package org.techserv.model.store.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the core model's store; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.model.store.internal.messages"; //$NON-NLS-1$

	public static String alreadyUsed;
	public static String partyNotFound;
	public static String workItemNotFound;
	public static String recordNotFound;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
