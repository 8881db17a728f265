package org.techserv.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What a page contributed into a Techserv editor gets from that editor: the editing domain (whose command stack
 * every change must go through, so it can be undone and makes the editor dirty) and the object edited.
 */
public interface EditorPageContext {

	/** The editor's editing domain; change the model only with commands on its command stack. */
	EditingDomain editingDomain();

	/**
	 * The object the editor edits now: a {@code ServiceOrder} in the service order editor, a
	 * {@code BibliographicRecord} in the catalogue record editor. After File &gt; Revert it is another instance, so
	 * ask again on every {@link ContributedEditorPage#refresh()} rather than keeping it.
	 */
	EObject edited();

	/**
	 * Shows a sentence in the editor's header (null clears it).
	 *
	 * @param type one of {@code IMessageProvider.NONE}, {@code INFORMATION}, {@code WARNING}, {@code ERROR}
	 */
	void notice(String message, int type);
}
