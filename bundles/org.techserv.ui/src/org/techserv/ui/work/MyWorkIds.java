package org.techserv.ui.work;

/** Identifiers of the My Work view that perspectives, plug-ins and tests refer to. */
public final class MyWorkIds {

	/** The view (category {@code org.techserv.views}); add it to a perspective with this id. */
	public static final String VIEW = "org.techserv.ui.views.myWork"; //$NON-NLS-1$
	/** Widget keys (for UI tests): the list, the "I am" choice, the sentence above the list. */
	public static final String KEY_TABLE = "myWork.table"; //$NON-NLS-1$
	public static final String KEY_STAFF = "myWork.staff"; //$NON-NLS-1$
	public static final String KEY_STATUS = "myWork.status"; //$NON-NLS-1$

	private MyWorkIds() {
	}
}
