package org.techserv.ui.emf;

import org.eclipse.osgi.util.NLS;

/** Texts of the EMF UI support. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.ui.emf.messages"; //$NON-NLS-1$

	public static String undo;
	public static String undoNamed;
	public static String redo;
	public static String redoNamed;
	public static String notAWholeNumber;
	public static String notANumber;
	public static String notADate;
	public static String notADateTime;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
