package org.techserv.library.ui.internal;

import org.eclipse.ui.PlatformUI;
import org.techserv.library.search.CatalogueSearch;
import org.techserv.library.store.LibraryStore;

/** The library store the screens work with, from the workbench's context (an OSGi service). */
public final class Services {

	private Services() {
	}

	/** The catalogue's keyword index. */
	public static CatalogueSearch search() {
		CatalogueSearch search = PlatformUI.getWorkbench().getService(CatalogueSearch.class);
		if (search == null) {
			throw new IllegalStateException(Messages.noStore);
		}
		return search;
	}

	public static LibraryStore store() {
		LibraryStore store = PlatformUI.getWorkbench().getService(LibraryStore.class);
		if (store == null) {
			throw new IllegalStateException(Messages.noStore);
		}
		return store;
	}
}
