package org.techserv.library.ui.internal.circulation;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.techserv.library.ui.internal.reference.ReferenceDeskView;

/** Circulation: the desk filling the window, the overdue loans below it, the reference desk beside them. */
public final class CirculationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.techserv.library.ui.circulation.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(CirculationDeskView.ID, IPageLayout.LEFT, 0.62f, editors);
		IFolderLayout right = layout.createFolder("org.techserv.library.ui.circulation.right", IPageLayout.RIGHT, //$NON-NLS-1$
				0.60f, CirculationDeskView.ID);
		right.addView(ReferenceDeskView.ID);
		IFolderLayout below = layout.createFolder("org.techserv.library.ui.circulation.below", IPageLayout.BOTTOM, //$NON-NLS-1$
				0.62f, CirculationDeskView.ID);
		below.addView(OverdueView.ID);
		below.addView(PatronsView.ID);
		layout.addShowViewShortcut(CirculationDeskView.ID);
		layout.addShowViewShortcut(OverdueView.ID);
		layout.addShowViewShortcut(ReferenceDeskView.ID);
		layout.addShowViewShortcut(PatronsView.ID);
	}
}
