package org.techserv.ui.forms;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Gives Undo and Redo to whichever command-stack editor is active (editors of a kind share one set of action bars). */
public final class CommandStackEditorContributor extends MultiPageEditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof CommandStackFormEditor editor) {
			editor.hookActions();
		}
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are forms of one editor: nothing to switch
	}
}
