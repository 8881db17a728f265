package org.techserv.work.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Person;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.work.ContributedProvider;
import org.techserv.work.QueuedEntry;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueues;
import org.techserv.work.WorkQueues.Collected;

/**
 * The in-tree providers of both domains on one database: service orders and cataloguing tasks in one queue, due
 * first. The rows are written as another program would (this platform test names no domain bundle).
 */
class BothDomainsQueueTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@TempDir
	Path folder;
	private EmbeddedDerby database;
	private long me;

	@BeforeEach
	void fill() throws Exception {
		database = TestDatabase.migrated(folder.resolve("db"));
		Person person = CoreFactory.eINSTANCE.createPerson();
		person.setGivenName("Indah");
		person.setFamilyName("Permatasari");
		StaffRole role = CoreFactory.eINSTANCE.createStaffRole();
		role.setStaffNumber("T-009");
		role.setFunction(StaffFunction.TECHNICIAN);
		person.getRoles().add(role);
		me = new PartyRepository(database).save(person).getId();
		try (Connection c = database.connect()) {
			workItem(c, "ServiceOrder", "SO-1", "Repair the chiller", "DISPATCHED", "NORMAL", me, TODAY.plusDays(1));
			workItem(c, "CataloguingTask", "CT-1", "Review the opera scores", "OPEN", "HIGH", 0, TODAY);
			workItem(c, "ServiceOrder", "SO-2", "Install a split unit", "NEW", "LOW", 0, TODAY.minusDays(1));
			workItem(c, "CataloguingTask", "CT-2", "Done already", "DONE", "URGENT", 0, TODAY);
			workItem(c, "ServiceOrder", "SO-3", "Closed order", "CLOSED", "URGENT", me, TODAY);
			workItem(c, "CataloguingTask", "CT-3", "Someone else's", "OPEN", "URGENT", 0, TODAY.plusDays(2));
		}
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void ordersAndCataloguingTasksAreMergedDueFirst() {
		List<ContributedProvider> domains = WorkQueues.read(Platform.getExtensionRegistry()).providers().stream()
				.filter(p -> !p.contributor().equals("org.techserv.work.tests")).toList();

		Collected collected = WorkQueues.collect(domains, new WorkQuery(me, TODAY, ZoneId.of("UTC"), database));

		assertEquals(List.of(), collected.problems());
		assertEquals(List.of("SO-2", "CT-1", "SO-1"), collected.entries().stream().map(e -> e.entry().number()).toList(),
				"yesterday's order nobody took, today's task, my order due tomorrow");
		assertEquals(List.of("Service order", "Cataloguing task", "Service order"),
				collected.entries().stream().map(e -> e.entry().kind()).toList());
		assertEquals(List.of("org.techserv.equipment.orders", "org.techserv.library.cataloguing",
				"org.techserv.equipment.orders"), collected.entries().stream().map(QueuedEntry::source)
						.map(ContributedProvider::id).toList(), "each entry opens through its own provider's opener");
	}

	private static void workItem(Connection c, String kind, String number, String title, String status,
			String priority, long assignee, LocalDate due) throws Exception {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO CORE_WORK_ITEM (ID, VERSION, CREATED_BY, "
				+ "CREATED_AT, UPDATED_BY, UPDATED_AT, KIND, NUMBER, TITLE, STATUS, PRIORITY, ASSIGNEE_ID, DUE_DATE) "
				+ "VALUES (NEXT VALUE FOR TS_ID, 1, 'test', CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, kind);
			insert.setString(2, number);
			insert.setString(3, title);
			insert.setString(4, status);
			insert.setString(5, priority);
			if (assignee == 0) {
				insert.setNull(6, java.sql.Types.BIGINT);
			} else {
				insert.setLong(6, assignee);
			}
			insert.setDate(7, Date.valueOf(due));
			insert.executeUpdate();
		}
	}
}
