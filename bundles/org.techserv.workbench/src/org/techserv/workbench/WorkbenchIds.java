package org.techserv.workbench;

/** Identifiers of the workbench shell that other bundles and tests refer to. */
public final class WorkbenchIds {

	/** The shell's own perspective, shown when no domain feature sets a default. */
	public static final String HOME_PERSPECTIVE = "org.techserv.workbench.perspective.home"; //$NON-NLS-1$
	/** The view category domain features put their views in. */
	public static final String VIEW_CATEGORY = "org.techserv.views"; //$NON-NLS-1$
	/** The Database preference page. */
	public static final String DATABASE_PREFERENCE_PAGE = "org.techserv.preferences.database"; //$NON-NLS-1$
	/**
	 * The last group of the Help menu, holding About; the installation commands of the p2 UI (Check for Updates,
	 * Install New Software, Installation Details) come before it, after {@code additions}.
	 */
	public static final String HELP_ABOUT_GROUP = "about"; //$NON-NLS-1$
	/** The About command. */
	public static final String ABOUT_COMMAND = "org.techserv.workbench.commands.about"; //$NON-NLS-1$
	/**
	 * The data key under which controls carry a stable name for UI tests; the same key SWTBot uses, so SWTBot
	 * can drive the workbench too.
	 */
	public static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

	private WorkbenchIds() {
	}
}
