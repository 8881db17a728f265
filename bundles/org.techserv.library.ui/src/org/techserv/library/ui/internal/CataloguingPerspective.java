package org.techserv.library.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.binding.BindingUiIds;
import org.techserv.library.ui.internal.serials.SerialsUiIds;

/**
 * Cataloguing: the catalogue list and Copy Cataloguing on top (the serials views and Binding open there too), the record editor in the middle, Properties and
 * Progress below.
 */
public final class CataloguingPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout top = layout.createFolder("org.techserv.library.ui.top", IPageLayout.TOP, 0.42f, editors); //$NON-NLS-1$
		top.addView(LibraryUiIds.CATALOGUE_VIEW);
		top.addView(LibraryUiIds.COPY_CATALOGUING_VIEW);
		// the serials desk's views open beside the catalogue when asked for (Catalogue menu)
		top.addPlaceholder(SerialsUiIds.CHECK_IN_VIEW);
		top.addPlaceholder(SerialsUiIds.CLAIMS_VIEW);
		top.addPlaceholder(BindingUiIds.VIEW);
		IFolderLayout below = layout.createFolder("org.techserv.library.ui.below", IPageLayout.BOTTOM, 0.72f, editors); //$NON-NLS-1$
		below.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		below.addPlaceholder("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		layout.addShowViewShortcut(LibraryUiIds.CATALOGUE_VIEW);
		layout.addShowViewShortcut(LibraryUiIds.COPY_CATALOGUING_VIEW);
		layout.addShowViewShortcut(SerialsUiIds.CHECK_IN_VIEW);
		layout.addShowViewShortcut(SerialsUiIds.CLAIMS_VIEW);
		layout.addShowViewShortcut(BindingUiIds.VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
