package org.techserv.work.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Person;
import org.techserv.model.core.Priority;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.model.core.Task;
import org.techserv.model.store.PartyRepository;
import org.techserv.model.store.TaskRepository;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.work.CurrentStaff;
import org.techserv.work.StaffMember;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkItemQueue;
import org.techserv.work.WorkQuery;

/** The usual question for a kind of work item, and who "me" is, on a real embedded database. */
class WorkItemQueueTest {

	private static final WorkItemQueue TASKS = new WorkItemQueue("Task", Set.of("DONE", "CANCELLED"), "Task");
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@TempDir
	Path folder;
	private EmbeddedDerby database;
	private Person citra;
	private Person budi;

	@BeforeEach
	void fill() throws Exception {
		database = TestDatabase.migrated(folder.resolve("db"));
		PartyRepository parties = new PartyRepository(database);
		citra = (Person) parties.save(staff("Citra", "Lestari", "T-003", "citra", StaffFunction.TECHNICIAN));
		budi = (Person) parties.save(staff("Budi", "Santoso", "L-001", null, StaffFunction.LIBRARIAN));
		TaskRepository tasks = new TaskRepository(database);
		tasks.save(task("T1", "Mine, due tomorrow", citra, TODAY.plusDays(1), "OPEN", Priority.NORMAL));
		tasks.save(task("T2", "Mine, no due date", citra, null, "OPEN", Priority.HIGH));
		tasks.save(task("T3", "Mine, done", citra, TODAY, "DONE", Priority.NORMAL));
		tasks.save(task("T4", "Nobody's, due today", null, TODAY, "OPEN", Priority.URGENT));
		tasks.save(task("T5", "Nobody's, overdue", null, TODAY.minusDays(3), "OPEN", Priority.LOW));
		tasks.save(task("T6", "Nobody's, due tomorrow", null, TODAY.plusDays(1), "OPEN", Priority.NORMAL));
		tasks.save(task("T7", "Budi's, due today", budi, TODAY, "OPEN", Priority.NORMAL));
		tasks.save(task("T8", "Nobody's, cancelled", null, TODAY, "CANCELLED", Priority.NORMAL));
	}

	@AfterEach
	void close() throws Exception {
		database.close();
	}

	@Test
	void myOpenWorkAndOpenWorkDueByTodayThatNobodyHasTaken() throws Exception {
		List<WorkEntry> entries = TASKS.entries(query(citra.getId()));

		assertEquals(Set.of("T1", "T2", "T4", "T5"), numbers(entries));
		WorkEntry mine = entries.stream().filter(e -> e.number().equals("T1")).findFirst().orElseThrow();
		assertEquals("Lestari, Citra", mine.assignee());
		assertEquals(TODAY.plusDays(1), mine.dueDate());
		assertEquals(null, mine.dueTime(), "work items are due on a day");
		assertEquals("Task", mine.kind());
		WorkEntry urgent = entries.stream().filter(e -> e.number().equals("T4")).findFirst().orElseThrow();
		assertEquals(Priority.URGENT, urgent.priority());
		assertEquals(null, urgent.assignee());
	}

	@Test
	void withoutKnowingWhoIAmOnlyTheUntakenWorkDueByTodayIsListed() throws Exception {
		assertEquals(Set.of("T4", "T5"), numbers(TASKS.entries(query(0))));
	}

	@Test
	void meIsTheChosenStaffPersonOtherwiseTheOneWithMyLogin() throws Exception {
		List<StaffMember> staff = CurrentStaff.staff(database);

		assertEquals(List.of("Lestari, Citra", "Santoso, Budi"), staff.stream().map(StaffMember::name).toList());
		assertEquals(Optional.of(citra.getId()), CurrentStaff.resolve(staff, 0, "CITRA").map(StaffMember::id),
				"the login matches in any case");
		assertEquals(Optional.of(budi.getId()), CurrentStaff.resolve(staff, budi.getId(), "citra").map(StaffMember::id),
				"a choice made in the view wins over the login");
		assertEquals(Optional.empty(), CurrentStaff.resolve(staff, 424242, "root"), "a removed choice and no match");
	}

	private WorkQuery query(long staffId) {
		return new WorkQuery(staffId, TODAY, ZoneId.of("Asia/Jakarta"), database);
	}

	private static Set<String> numbers(List<WorkEntry> entries) {
		return Set.copyOf(entries.stream().map(WorkEntry::number).toList());
	}

	private static Person staff(String given, String family, String number, String login, StaffFunction function) {
		Person person = CoreFactory.eINSTANCE.createPerson();
		person.setGivenName(given);
		person.setFamilyName(family);
		StaffRole role = CoreFactory.eINSTANCE.createStaffRole();
		role.setStaffNumber(number);
		role.setFunction(function);
		role.setLogin(login);
		person.getRoles().add(role);
		return person;
	}

	private static Task task(String number, String title, Person assignee, LocalDate due, String status,
			Priority priority) {
		Task task = CoreFactory.eINSTANCE.createTask();
		task.setNumber(number);
		task.setTitle(title);
		task.setAssignee(assignee);
		task.setDueDate(due);
		task.setStatus(status);
		task.setPriority(priority);
		return task;
	}
}
