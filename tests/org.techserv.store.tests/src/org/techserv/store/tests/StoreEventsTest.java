package org.techserv.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.StoreEvents;
import org.techserv.store.Transactions;
import org.techserv.store.internal.EmbeddedDerby;

/**
 * What a transaction says it changed reaches the event listeners after its commit, once per topic, and never when
 * it rolls back.
 */
class StoreEventsTest {

	private static final String TEST_TOPIC = StoreEvents.PREFIX + "test";

	@TempDir
	Path workspace;
	private EmbeddedDerby database;
	private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
	private ServiceRegistration<EventHandler> listening;

	@BeforeEach
	void listen() {
		database = new EmbeddedDerby(DatabaseSettings.embedded(workspace.resolve("database")));
		BundleContext context = FrameworkUtil.getBundle(StoreEvents.class).getBundleContext();
		listening = context.registerService(EventHandler.class, event -> heard.add(event.getTopic()),
				FrameworkUtil.asDictionary(Map.of(EventConstants.EVENT_TOPIC, StoreEvents.PREFIX + "*")));
	}

	@AfterEach
	void stop() throws Exception {
		listening.unregister();
		database.close();
	}

	@Test
	void eachTopicNamedInACommittedTransactionIsPostedOnceAfterTheCommit() throws Exception {
		Transactions.inTransaction(database, c -> {
			StoreEvents.changed(c, StoreEvents.WORK);
			StoreEvents.changed(c, TEST_TOPIC);
			StoreEvents.changed(c, StoreEvents.WORK);
			assertNull(heardWithin(300), "nothing before the commit");
			return null;
		});

		Set<String> topics = new TreeSet<>();
		for (int i = 0; i < 2; i++) {
			String topic = heard.poll(10, TimeUnit.SECONDS);
			assertNotNull(topic, "two topics posted; heard " + topics);
			topics.add(topic);
		}
		assertEquals(Set.of(StoreEvents.WORK, TEST_TOPIC), topics);
		assertNull(heardWithin(300), "each topic once");
	}

	@Test
	void aTransactionThatRollsBackPostsNothing() throws Exception {
		assertThrows(IllegalStateException.class, () -> Transactions.inTransaction(database, c -> {
			StoreEvents.changed(c, StoreEvents.WORK);
			throw new IllegalStateException("the save fails after its writes");
		}));

		assertNull(heardWithin(500), "nothing was committed, nothing is told");
	}

	/** The next topic heard within {@code millis}, or null. */
	private String heardWithin(long millis) {
		try {
			return heard.poll(millis, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while listening", e);
		}
	}

	@Test
	void aTopicOutsideTheStoresIsRefused() throws Exception {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> Transactions.inTransaction(database, c -> {
					StoreEvents.changed(c, "org/example/changed");
					return null;
				}));
		assertTrue(refused.getMessage().contains("org/example/changed"), refused.getMessage());
	}
}
