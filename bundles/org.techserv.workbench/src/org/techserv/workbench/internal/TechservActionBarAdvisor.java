package org.techserv.workbench.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.techserv.workbench.WorkbenchIds;
import org.techserv.workbench.internal.database.DatabaseStatusItem;

/**
 * The menu bar, tool bar and status line every edition shares. Domain features add to them through
 * {@code org.eclipse.ui.menus} at the standard group markers (additions, file.end, ...).
 */
final class TechservActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction refresh;
	private IWorkbenchAction properties;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction savePerspective;
	private IWorkbenchAction closePerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction quickAccess;
	private IWorkbenchAction nextEditor;
	private IWorkbenchAction previousEditor;
	private IWorkbenchAction nextView;
	private IWorkbenchAction previousView;
	private IWorkbenchAction maximize;
	private IWorkbenchAction activateEditor;
	private IContributionItem perspectives;
	private IContributionItem views;

	TechservActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		revert = register(ActionFactory.REVERT.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		find = register(ActionFactory.FIND.create(window));
		refresh = register(ActionFactory.REFRESH.create(window));
		properties = register(ActionFactory.PROPERTIES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		savePerspective = register(ActionFactory.SAVE_PERSPECTIVE.create(window));
		closePerspective = register(ActionFactory.CLOSE_PERSPECTIVE.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		quickAccess = register(ActionFactory.SHOW_QUICK_ACCESS.create(window));
		nextEditor = register(ActionFactory.NEXT_EDITOR.create(window));
		previousEditor = register(ActionFactory.PREVIOUS_EDITOR.create(window));
		nextView = register(ActionFactory.NEXT_PART.create(window));
		previousView = register(ActionFactory.PREVIOUS_PART.create(window));
		maximize = register(ActionFactory.MAXIMIZE.create(window));
		activateEditor = register(ActionFactory.ACTIVATE_EDITOR.create(window));
		register(ActionFactory.OPEN_PERSPECTIVE_DIALOG.create(window));
		register(ActionFactory.SHOW_VIEW_MENU.create(window));
		register(ActionFactory.SHOW_PART_PANE_MENU.create(window));
		perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new Separator(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(save);
		menu.add(saveAll);
		menu.add(revert);
		menu.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(properties);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		menu.add(new Separator());
		menu.add(quit);
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(refresh);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectiveMenu = new MenuManager(Messages.menuOpenPerspective, "openPerspective"); //$NON-NLS-1$
		perspectiveMenu.add(perspectives);
		menu.add(perspectiveMenu);
		MenuManager viewMenu = new MenuManager(Messages.menuShowView, "showView"); //$NON-NLS-1$
		viewMenu.add(views);
		menu.add(viewMenu);
		menu.add(new Separator());
		menu.add(savePerspective);
		menu.add(resetPerspective);
		menu.add(closePerspective);
		menu.add(new Separator());
		MenuManager navigation = new MenuManager(Messages.menuNavigation, IWorkbenchActionConstants.M_NAVIGATE);
		navigation.add(quickAccess);
		navigation.add(activateEditor);
		navigation.add(nextEditor);
		navigation.add(previousEditor);
		navigation.add(nextView);
		navigation.add(previousView);
		navigation.add(maximize);
		menu.add(navigation);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		// the p2 UI puts Check for Updates and Install New Software after 'additions', Installation Details follows
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator(WorkbenchIds.HELP_ABOUT_GROUP));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		file.add(save);
		file.add(saveAll);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager edit = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		edit.add(undo);
		edit.add(redo);
		coolBar.add(new ToolBarContributionItem(edit, "org.techserv.toolbar.edit")); //$NON-NLS-1$
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		statusLine.add(new DatabaseStatusItem());
	}
}
