package org.techserv.equipment.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Tells the equipment views that service orders (or the equipment and stock they touch) were saved, created or
 * removed, so lists reload. Called and heard on the UI thread.
 */
public final class OrderChanges {

	private static final List<LongConsumer> LISTENERS = new CopyOnWriteArrayList<>();

	private OrderChanges() {
	}

	public static void addListener(LongConsumer listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(LongConsumer listener) {
		LISTENERS.remove(listener);
	}

	/** The order {@code id} changed (0: several, or records around orders). */
	public static void changed(long id) {
		LISTENERS.forEach(l -> l.accept(id));
	}
}
