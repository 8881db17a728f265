package org.techserv.library.ui.internal;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the catalogue's views that records were saved or imported, so lists show them without a manual refresh.
 * Called and heard on any thread; listeners move to the display thread themselves.
 */
public final class CatalogueChanges {

	private static final CopyOnWriteArrayList<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	private CatalogueChanges() {
	}

	public static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	public static void changed() {
		LISTENERS.forEach(Runnable::run);
	}
}
