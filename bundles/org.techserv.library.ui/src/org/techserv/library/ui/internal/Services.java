package org.techserv.library.ui.internal;

import org.eclipse.ui.PlatformUI;
import org.techserv.library.store.LibraryStore;

/** The library store the screens work with, from the workbench's context (an OSGi service). */
public final class Services {

	private Services() {
	}

	public static LibraryStore store() {
		LibraryStore store = PlatformUI.getWorkbench().getService(LibraryStore.class);
		if (store == null) {
			throw new IllegalStateException(Messages.noStore);
		}
		return store;
	}
}
