package org.techserv.workbench.internal;

import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The shell's own perspective: the editor area, with a place below it where Properties and Progress open when
 * asked for (Window &gt; Show View, Alt+Shift+Q P / G). Domain features bring their own perspectives; this one
 * is what an installation without them shows. The views are placeholders, not open at start: an empty Properties
 * view would cost every launch about a tenth of the bare shell's start time and show nothing.
 */
public final class HomePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder("bottom", IPageLayout.BOTTOM, 0.7f, //$NON-NLS-1$
				layout.getEditorArea());
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
	}
}
