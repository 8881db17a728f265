package org.techserv.ui.forms;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A page a plug-in adds to a Techserv form editor (extension points {@code org.techserv.equipment.ui.orderPages}
 * and {@code org.techserv.library.ui.recordPages}). The class needs a public no-argument constructor; the editor
 * creates one instance per editor it opens, builds it when the user first shows the page, and calls
 * {@link #refresh()} after every command on its stack, after a save or revert, and when the page is shown again.
 */
public interface ContributedEditorPage {

	/**
	 * Builds the page's widgets into {@code body} (a form body with a one-column grid layout).
	 *
	 * @param toolkit the editor's form toolkit, for widgets that look like the editor's own pages
	 * @param context the editor's editing domain and edited object
	 */
	void createContent(Composite body, FormToolkit toolkit, EditorPageContext context);

	/** Shows the edited object as it is now; called on the UI thread. */
	void refresh();

	/** Releases what the page holds beyond its widgets (which the editor disposes). */
	default void dispose() {
		// most pages hold nothing else
	}
}
