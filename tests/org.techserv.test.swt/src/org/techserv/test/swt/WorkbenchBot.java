package org.techserv.test.swt;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * A {@link Bot} that also knows the workbench: views, perspectives, commands, the main window (SWTBot's
 * {@code SWTWorkbenchBot}).
 */
public class WorkbenchBot extends Bot {

	/** The main workbench window's shell, waiting until the workbench has one. */
	public BotShell workbenchShell() {
		waitUntil(Conditions.that("the workbench window to open", //$NON-NLS-1$
				() -> UIThread.syncExec(() -> workbench().getActiveWorkbenchWindow() != null
						|| workbench().getWorkbenchWindowCount() > 0)));
		return new BotShell(UIThread.syncExec(() -> window().getShell()));
	}

	/** Opens (or activates) the view with this id. */
	public BotView openView(String id) {
		return new BotView(UIThread.syncExec(() -> {
			try {
				page().showView(id);
			} catch (PartInitException e) {
				throw new IllegalStateException("cannot open view " + id + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return page().findViewReference(id);
		}));
	}

	/** The open view with this id; fails when it is not open. */
	public BotView viewById(String id) {
		waitUntil(Conditions.that("view " + id + " to be open", //$NON-NLS-1$ //$NON-NLS-2$
				() -> UIThread.syncExec(() -> page().findViewReference(id) != null)));
		return new BotView(UIThread.syncExec(() -> page().findViewReference(id)));
	}

	/** The open view with this title. */
	public BotView viewByTitle(String title) {
		waitUntil(Conditions.that("a view titled '" + title + "' to be open", //$NON-NLS-1$ //$NON-NLS-2$
				() -> UIThread.syncExec(() -> findView(title) != null)));
		return new BotView(UIThread.syncExec(() -> findView(title)));
	}

	/** Titles of the open editors. */
	public java.util.List<String> editorTitles() {
		return UIThread.syncExec(() -> {
			java.util.List<String> titles = new java.util.ArrayList<>();
			for (IEditorReference reference : page().getEditorReferences()) {
				titles.add(reference.getTitle());
			}
			return titles;
		});
	}

	public String activePerspectiveId() {
		return UIThread.syncExec(() -> page().getPerspective().getId());
	}

	/** Switches the active window to the perspective with this id. */
	public void switchPerspective(String id) {
		UIThread.syncExec(() -> workbench().showPerspective(id, window()));
	}

	/**
	 * Runs a command by id, as a key binding or menu would, asynchronously (it may open a modal dialog).
	 * Failures of the handler show in the error log and the UI, as they would for a user.
	 */
	public void executeCommand(String commandId) {
		executeCommand(commandId, Map.of());
	}

	public void executeCommand(String commandId, Map<String, String> parameters) {
		ParameterizedCommand command = UIThread.syncExec(() -> workbench().getService(ICommandService.class)
				.deserialize(serialize(commandId, parameters)));
		UIThread.asyncExec(() -> {
			try {
				workbench().getService(IHandlerService.class).executeCommand(command, null);
			} catch (Exception e) {
				throw new IllegalStateException("command " + commandId + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
	}

	/** Closes dialogs and editors and resets the perspective, so the next test starts from a known state. */
	public void resetWorkbench() {
		UIThread.syncExec(() -> {
			Shell main = window().getShell();
			for (Shell shell : UIThread.display().getShells()) {
				if (shell != main && !shell.isDisposed() && shell.isVisible()) {
					shell.close();
				}
			}
			page().closeAllEditors(false);
			page().resetPerspective();
			main.forceActive();
		});
	}

	private static String serialize(String commandId, Map<String, String> parameters) {
		if (parameters.isEmpty()) {
			return commandId;
		}
		StringBuilder text = new StringBuilder(commandId).append('(');
		parameters.forEach((k, v) -> text.append(k).append('=').append(v).append(','));
		text.setLength(text.length() - 1);
		return text.append(')').toString();
	}

	private IViewReference findView(String title) {
		for (IViewReference reference : page().getViewReferences()) {
			if (title.equals(reference.getPartName())) {
				return reference;
			}
		}
		return null;
	}

	private static IWorkbench workbench() {
		return PlatformUI.getWorkbench();
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = workbench().getActiveWorkbenchWindow();
		return window != null ? window : workbench().getWorkbenchWindows()[0];
	}

	/** The active window's page; use on the UI thread. */
	public static IWorkbenchPage page() {
		return window().getActivePage();
	}
}
