package org.techserv.work.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.work.ContributedProvider;
import org.techserv.work.QueuedEntry;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueues;
import org.techserv.work.WorkQueues.Collected;
import org.techserv.work.WorkQueues.Reading;

/** The providers as contributed in a running platform with both domains installed, and the merged queue. */
class WorkQueuesTest {

	private static final String TESTS = "org.techserv.work.tests";

	@TempDir
	Path folder;
	private EmbeddedDerby database;

	@BeforeEach
	void open() throws Exception {
		database = TestDatabase.migrated(folder.resolve("db"));
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void bothDomainsProvidersAndTheGoodTestContributionsAreInstalled() {
		Reading reading = WorkQueues.read(Platform.getExtensionRegistry());

		List<String> ids = reading.providers().stream().map(ContributedProvider::id).sorted().toList();
		assertEquals(List.of("org.techserv.equipment.orders", "org.techserv.library.binding",
				"org.techserv.library.cataloguing",
				"org.techserv.library.reviewsAwaiting", "org.techserv.library.reviewsReturned",
				"org.techserv.library.serialClaims", "test.failing",
				"test.fixed", "test.not-a-provider"), ids);
		ContributedProvider orders = find(reading, "org.techserv.equipment.orders");
		assertEquals("org.techserv.equipment.ui", orders.contributor());
		assertEquals("Service orders and visits", orders.name(), "names come translated from plugin.properties");
	}

	@Test
	void brokenContributionsAreLeftOutNamingBundleProviderAndReason() {
		List<String> problems = WorkQueues.read(Platform.getExtensionRegistry()).problems();

		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.contains("Work-queue provider test.no-opener from " + TESTS
				+ " is left out: it has no opener."), problems.toString());
		assertTrue(problems.contains("Work-queue provider test.no-name from " + TESTS
				+ " is left out: it has no name."), problems.toString());
		assertTrue(problems.contains("Work-queue provider org.techserv.equipment.orders from " + TESTS
				+ " is left out: another provider already has the id org.techserv.equipment.orders."),
				problems.toString());
	}

	@Test
	void theQueueIsSortedByDueDayThenTimeThenPriority() {
		Collected collected = WorkQueues.collect(List.of(find(WorkQueues.read(Platform.getExtensionRegistry()),
				"test.fixed")), query(0));

		assertEquals(List.of("BB-4", "BB-1", "BB-2", "BB-3", "BB-5"),
				collected.entries().stream().map(e -> e.entry().number()).toList(),
				"overdue first, today's 10:00 before today's untimed ones, urgent before low, no due date last");
		assertEquals(List.of(), collected.problems());
	}

	@Test
	void aProviderThatFailsOrIsNoProviderIsNamedAndTheOthersWorkIsStillListed() {
		Collected collected = WorkQueues.collect(WorkQueues.read(Platform.getExtensionRegistry()).providers(),
				query(0));

		assertEquals(5, collected.entries().size(), "the test provider's five; the domains have nothing yet");
		assertTrue(collected.entries().stream().map(QueuedEntry::source).allMatch(s -> s.id().equals("test.fixed")));
		assertEquals(2, collected.problems().size(), collected.problems().toString());
		assertTrue(collected.problems().contains("Serial claims could not be listed: The serials server did not answer."),
				collected.problems().toString());
		String notAProvider = collected.problems().stream().filter(p -> p.startsWith("Not a provider")).findFirst()
				.orElseThrow();
		assertTrue(notAProvider.startsWith("Not a provider (" + TESTS + ") could not be started: "), notAProvider);
		assertTrue(notAProvider.contains("org.techserv.work.WorkQueueProvider"), notAProvider);
	}

	private WorkQuery query(long staffId) {
		return new WorkQuery(staffId, LocalDate.now(), ZoneId.systemDefault(), database);
	}

	private static ContributedProvider find(Reading reading, String id) {
		return reading.providers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}
}
