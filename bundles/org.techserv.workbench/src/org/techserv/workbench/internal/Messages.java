package org.techserv.workbench.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench shell; a translation sits next to messages.properties (messages_id.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.workbench.internal.messages"; //$NON-NLS-1$

	public static String windowTitle;
	public static String workspaceInUseTitle;
	public static String workspaceInUse;
	public static String workspaceCannotLock;
	public static String menuFile;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuHelp;
	public static String menuOpenPerspective;
	public static String menuShowView;
	public static String menuNavigation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
