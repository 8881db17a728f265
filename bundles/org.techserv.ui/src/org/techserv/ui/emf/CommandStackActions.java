package org.techserv.ui.emf;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The workbench's Undo and Redo (Edit menu, tool bar, Ctrl+Z / Ctrl+Y) for a part whose model changes go through
 * an EMF editing domain: the actions run the domain's command stack and say what they would undo ("Undo Set
 * Title"). Hook them into the part's action bars; every model change made through the domain becomes undoable.
 */
public final class CommandStackActions implements CommandStackListener {

	private final EditingDomain domain;
	private final Action undo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().redo();
		}
	};

	public CommandStackActions(EditingDomain domain) {
		this.domain = domain;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		domain.getCommandStack().addCommandStackListener(this);
		update();
	}

	/** Makes Undo and Redo of the part's action bars act on the domain. */
	public void hook(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	public Action undoAction() {
		return undo;
	}

	public Action redoAction() {
		return redo;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		Display display = Display.getCurrent();
		if (display != null) {
			update();
		} else {
			Display.getDefault().asyncExec(this::update);
		}
	}

	private void update() {
		CommandStack stack = domain.getCommandStack();
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
		undo.setText(label(Messages.undo, Messages.undoNamed, stack.getUndoCommand()));
		redo.setText(label(Messages.redo, Messages.redoNamed, stack.getRedoCommand()));
	}

	private static String label(String plain, String named, Command command) {
		String name = command == null ? null : command.getLabel();
		return name == null || name.isBlank() ? plain : NLS.bind(named, name);
	}

	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(this);
	}
}
