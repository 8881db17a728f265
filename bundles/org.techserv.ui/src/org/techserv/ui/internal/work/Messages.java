package org.techserv.ui.internal.work;

import org.eclipse.osgi.util.NLS;

/** Texts of the My Work view and of contributed editor pages; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.ui.internal.work.messages"; //$NON-NLS-1$

	public static String iAm;
	public static String notChosen;
	public static String byLogin;
	public static String chooseYourself;
	public static String nothingToDo;
	public static String listed;
	public static String listing;
	public static String refresh;
	public static String noDatabase;
	public static String columnDue;
	public static String columnPriority;
	public static String columnKind;
	public static String columnNumber;
	public static String columnTitle;
	public static String columnAssignee;
	public static String today;
	public static String overdue;
	public static String cannotOpen;
	public static String priorityLow;
	public static String priorityNormal;
	public static String priorityHigh;
	public static String priorityUrgent;
	public static String pageLeftOut;
	public static String pageMissing;
	public static String pageDuplicate;
	public static String pageWrongType;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
