package org.techserv.library.ui.internal.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Gives Undo and Redo to whichever record editor is active (the editors share one set of action bars). */
public final class CatalogRecordEditorContributor extends MultiPageEditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof CatalogRecordEditor editor) {
			editor.hookActions();
		}
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are forms of one editor: nothing to switch
	}
}
