package org.techserv.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Tells the rest of the workbench what a committed transaction changed, so that open views can list again (My Work
 * when someone's work changed). A store that writes something others show calls {@link #changed} inside its
 * {@link Transactions} transaction; once that transaction has committed, each topic it named is posted once as an
 * OSGi event (EventAdmin, asynchronously: the saving thread does not wait for listeners). Nothing is posted for a
 * transaction that rolls back. Listen with {@link #listen}, an {@code org.osgi.service.event.EventHandler} service
 * for the topic, or the workbench's {@code IEventBroker}.
 */
public final class StoreEvents {

	/** The topics' common prefix; {@code org/techserv/store/changed/*} listens to all of them. */
	public static final String PREFIX = "org/techserv/store/changed/"; //$NON-NLS-1$
	/**
	 * Work someone has to do: work items of any kind (service orders and their visits, cataloguing tasks, ...),
	 * serial issues to receive or claim, binding batches.
	 */
	public static final String WORK = PREFIX + "work"; //$NON-NLS-1$

	/** Topics named by each open transaction, by its connection. */
	private static final Map<Connection, Set<String>> PENDING = Collections.synchronizedMap(new IdentityHashMap<>());

	private StoreEvents() {
	}

	/**
	 * Inside a transaction, after writing: the transaction changed {@code topic} (one of this class's constants or
	 * another topic under {@link #PREFIX}). Posted after the commit; on a connection outside a transaction (auto
	 * commit) at once.
	 */
	public static void changed(Connection c, String topic) throws SQLException {
		if (!topic.startsWith(PREFIX)) {
			throw new IllegalArgumentException("not a store topic (" + PREFIX + "...): " + topic); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Set<String> topics = PENDING.get(c);
		if (topics != null) {
			topics.add(topic);
		} else if (c.getAutoCommit()) {
			post(Set.of(topic));
		}
	}

	/**
	 * Runs {@code onChange} (on an event thread) after each committed transaction that changed {@code topic}, until
	 * the returned registration is unregistered (a view does that when it is disposed).
	 */
	public static ServiceRegistration<EventHandler> listen(String topic, Runnable onChange) {
		BundleContext context = FrameworkUtil.getBundle(StoreEvents.class).getBundleContext();
		return context.registerService(EventHandler.class, event -> onChange.run(),
				FrameworkUtil.asDictionary(Map.of(EventConstants.EVENT_TOPIC, topic)));
	}

	/** {@link Transactions}: a transaction begins on {@code c}; true when it is the outermost one. */
	static boolean begin(Connection c) {
		return PENDING.putIfAbsent(c, Collections.synchronizedSet(new LinkedHashSet<>())) == null;
	}

	/** {@link Transactions}: the outermost transaction on {@code c} committed (or, with false, rolled back). */
	static void end(Connection c, boolean committed) {
		Set<String> topics = PENDING.remove(c);
		if (committed && topics != null && !topics.isEmpty()) {
			post(Set.copyOf(topics));
		}
	}

	private static void post(Set<String> topics) {
		Bundle bundle = FrameworkUtil.getBundle(StoreEvents.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return; // outside OSGi, or stopping: nobody to tell
		}
		try {
			ServiceReference<EventAdmin> reference = context.getServiceReference(EventAdmin.class);
			EventAdmin events = reference == null ? null : context.getService(reference);
			if (events == null) {
				return; // a headless command without the event service: nobody listens either
			}
			try {
				for (String topic : topics) {
					events.postEvent(new Event(topic, Map.of()));
				}
			} finally {
				context.ungetService(reference);
			}
		} catch (IllegalStateException e) {
			// the bundle is stopping: nobody to tell
		}
	}
}
