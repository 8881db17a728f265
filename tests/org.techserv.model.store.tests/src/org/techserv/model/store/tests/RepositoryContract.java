package org.techserv.model.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.techserv.model.core.Address;
import org.techserv.model.core.AddressKind;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.CustomerRole;
import org.techserv.model.core.Note;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;
import org.techserv.model.core.Priority;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.model.core.Task;
import org.techserv.model.store.PartyRepository;
import org.techserv.model.store.PartySummary;
import org.techserv.model.store.TaskRepository;
import org.techserv.model.store.WorkItemSummary;
import org.techserv.store.AuditEntry;
import org.techserv.store.ConflictException;
import org.techserv.store.Database;
import org.techserv.store.Page;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.ValidationException;

/**
 * What the repositories promise, written once and run against every way of reaching the database (embedded,
 * network server). Subclasses give two databases that see the same data, as two workstations would.
 */
abstract class RepositoryContract {

	private final CoreFactory factory = CoreFactory.eINSTANCE;

	/** The database as the first user sees it. */
	protected abstract Database first();

	/** The same database as a second user (another workstation) sees it. */
	protected abstract Database second();

	@Test
	void savesAndLoadsAPersonWithEverythingItOwns() throws Exception {
		PartyRepository parties = new PartyRepository(first());
		Person technician = technician("Agus", "Wibowo", "T-100");

		parties.save(technician);

		assertNotEquals(0, technician.getId(), "the store gives an id");
		assertEquals(1, technician.getVersion());
		Person loaded = (Person) new PartyRepository(second()).load(technician.getId());
		assertEquals("Agus Wibowo", loaded.getDisplayName());
		assertEquals("agus@sejuk.co.id", loaded.getEmail());
		assertEquals(1, loaded.getAddresses().size());
		assertEquals("Bandung", loaded.getAddresses().get(0).getCity());
		assertEquals(AddressKind.SITE, loaded.getAddresses().get(0).getKind());
		StaffRole staff = (StaffRole) loaded.getRoles().get(0);
		assertEquals("T-100", staff.getStaffNumber());
		assertEquals(StaffFunction.TECHNICIAN, staff.getFunction());
		Qualification licence = staff.getQualifications().get(0);
		assertEquals(QualificationKind.HEATING_COOLING, licence.getKind());
		assertEquals(LocalDate.of(2027, 6, 30), licence.getValidUntil());
		assertEquals("Sertifikat AC split", loaded.getNotes().get(0).getText());
		assertEquals(technician.getCreatedBy(), loaded.getCreatedBy());
		assertNotNull(loaded.getCreatedAt());
	}

	@Test
	void anUpdateBumpsTheVersionAndIsRecordedInTheAuditTrail() throws Exception {
		PartyRepository parties = new PartyRepository(first());
		Person person = technician("Siti", "Rahayu", "T-101");
		parties.save(person);

		person.setEmail("siti.rahayu@sejuk.co.id");
		person.getAddresses().get(0).setCity("Cimahi");
		parties.save(person);

		assertEquals(2, person.getVersion());
		List<AuditEntry> history = parties.history(person.getId());
		assertEquals(AuditEntry.Action.CREATED, history.get(0).action());
		AuditEntry email = history.stream().filter(e -> "EMAIL".equals(e.field())).findFirst().orElseThrow();
		assertEquals("agus@sejuk.co.id", email.oldValue());
		assertEquals("siti.rahayu@sejuk.co.id", email.newValue());
		assertEquals(2, email.version());
		assertEquals(first().user(), email.user());
		assertTrue(history.stream().anyMatch(e -> "ADDRESSES".equals(e.field()) && e.newValue().contains("Cimahi")),
				"the changed address is in the trail: " + history);

		parties.save(person); // nothing changed
		assertEquals(2, person.getVersion(), "saving without changes writes nothing");
	}

	@Test
	void aStaleSaveIsRefusedSayingWhoChangedItAndWhen() throws Exception {
		Person person = technician("Budi", "Santoso", "T-102");
		new PartyRepository(first()).save(person);
		Person mine = (Person) new PartyRepository(first()).load(person.getId());
		Person theirs = (Person) new PartyRepository(second()).load(person.getId());

		theirs.setPhone("+62 22 555 0101");
		new PartyRepository(second()).save(theirs);
		mine.setPhone("+62 22 555 0199");
		ConflictException conflict = assertThrows(ConflictException.class, () -> new PartyRepository(first()).save(mine));

		assertEquals(second().user(), conflict.changedBy());
		assertEquals(2, conflict.currentVersion());
		assertTrue(conflict.getMessage().contains(second().user()), conflict.getMessage());
		assertEquals("+62 22 555 0101", new PartyRepository(first()).load(person.getId()).getPhone(),
				"their change stands; mine was not written over it");
	}

	@Test
	void concurrentUpdatesOfOneRecordLoseNothing() throws Exception {
		Organisation shop = factory.createOrganisation();
		shop.setName("CV Sejuk Jaya");
		shop.setPhone("0");
		new PartyRepository(first()).save(shop);
		int rounds = 20;
		AtomicLong conflicts = new AtomicLong();
		AtomicLong saved = new AtomicLong();
		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (Database database : List.of(first(), second())) {
				workers.add(pool.submit(() -> {
					PartyRepository parties = new PartyRepository(database);
					for (int i = 0; i < rounds; i++) {
						Organisation copy = (Organisation) parties.load(shop.getId());
						copy.setPhone(String.valueOf(Long.parseLong(copy.getPhone()) + 1));
						barrier.await();
						try {
							parties.save(copy);
							saved.incrementAndGet();
						} catch (ConflictException e) {
							conflicts.incrementAndGet();
						}
						barrier.await();
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		} finally {
			pool.shutdownNow();
		}
		Organisation result = (Organisation) new PartyRepository(first()).load(shop.getId());
		assertEquals(rounds, saved.get(), "each round exactly one save wins");
		assertEquals(rounds, conflicts.get(), "and the other gets a conflict");
		assertEquals(String.valueOf(rounds), result.getPhone(), "no increment was lost");
		assertEquals(1 + rounds, result.getVersion());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		PartyRepository parties = new PartyRepository(first());
		long before = countParties();
		Person longName = technician("Agus", "W".repeat(101), "T-103");

		ValidationException tooLong = assertThrows(ValidationException.class, () -> parties.save(longName));
		assertEquals("Family Name: 101 characters; at most 100 fit.", tooLong.problems().get(0).message());

		Person noName = factory.createPerson();
		ValidationException unnamed = assertThrows(ValidationException.class, () -> parties.save(noName));
		assertEquals("Name: enter a given name or a family name.", unnamed.getMessage());
		assertEquals(before, countParties(), "nothing was written");
	}

	@Test
	void aDuplicateNumberIsRefusedNamingTheValueAndNothingIsHalfWritten() throws Exception {
		PartyRepository parties = new PartyRepository(first());
		parties.save(customer("PT Dingin Sekali", "C-0001"));
		long before = countParties();

		Organisation copycat = customer("PT Dingin Juga", "C-0001");
		ValidationException duplicate = assertThrows(ValidationException.class, () -> parties.save(copycat));

		assertEquals("Customer Number: \"C-0001\" is already used by another record.", duplicate.getMessage());
		assertEquals(0, copycat.getId(), "the refused record got no id");
		assertEquals(before, countParties(), "the party row of the refused save was rolled back too");
	}

	@Test
	void workItemsKeepTheirAssigneeAndNotesAndPageWithoutGapsOrRepeats() throws Exception {
		Person technician = technician("Rina", "Lestari", "T-104");
		new PartyRepository(first()).save(technician);
		TaskRepository tasks = new TaskRepository(first());
		for (int i = 1; i <= 25; i++) {
			Task task = factory.createTask();
			task.setNumber("TASK-" + i);
			task.setTitle("Call back customer " + i);
			task.setStatus("OPEN");
			task.setPriority(i % 5 == 0 ? Priority.URGENT : Priority.NORMAL);
			task.setDueDate(LocalDate.of(2026, 12, 1).plusDays(i));
			task.setAssignee(technician);
			Note note = factory.createNote();
			note.setText("Pelanggan minta ditelepon pagi");
			task.getNotes().add(note);
			tasks.save(task);
		}

		Set<String> seen = new HashSet<>();
		List<Integer> pageSizes = new ArrayList<>();
		WorkItemSummary after = null;
		Page<WorkItemSummary> page;
		do {
			page = new TaskRepository(second()).page(after, 10);
			page.items().forEach(s -> assertTrue(seen.add(s.number()), "no repeats: " + s.number()));
			pageSizes.add(page.items().size());
			after = page.last();
		} while (page.hasMore());
		assertEquals(List.of(10, 10, 5), pageSizes);
		assertEquals(25, seen.size());
		assertEquals(25, tasks.count());
		assertEquals(25, tasks.forEach(s -> { }), "streaming visits every row");

		Task loaded = tasks.load(new TaskRepository(second()).page(null, 1).items().get(0).id());
		assertEquals("Rina Lestari", loaded.getAssignee().getDisplayName());
		assertEquals("Pelanggan minta ditelepon pagi", loaded.getNotes().get(0).getText());
	}

	@Test
	void aWorkItemUpdateTouchingOnlyItsOwnFieldsIsVersionedAndAudited() throws Exception {
		TaskRepository tasks = new TaskRepository(first());
		Task task = factory.createTask();
		task.setNumber("TASK-X1");
		task.setTitle("Order filter for unit 7");
		task.setStatus("OPEN");
		tasks.save(task);

		Task copy = tasks.load(task.getId());
		copy.setDescription("Filter 3M, two pieces");
		tasks.save(copy);

		assertEquals(2, copy.getVersion(), "a change in the task's own table bumps the version too");
		assertTrue(tasks.history(task.getId()).stream().anyMatch(e -> "DESCRIPTION".equals(e.field())));
		task.setTitle("stale");
		assertThrows(ConflictException.class, () -> tasks.save(task));
	}

	@Test
	void aRemovedRecordIsGoneAndASecondRemovalIsAConflict() throws Exception {
		PartyRepository parties = new PartyRepository(first());
		Person person = technician("Dewi", "Kusuma", "T-105");
		parties.save(person);
		Person stale = (Person) parties.load(person.getId());

		parties.delete(person);

		StoreException gone = assertThrows(StoreException.class, () -> parties.load(person.getId()));
		assertEquals(StoreException.Reason.NOT_FOUND, gone.reason());
		assertThrows(ConflictException.class, () -> parties.delete(stale));
	}

	@Test
	void peopleAndOrganisationsPageInNameOrder() throws Exception {
		PartyRepository parties = new PartyRepository(first());
		for (String family : List.of("Zulkarnain", "Abdullah", "Maharani", "Nugroho")) {
			Person person = factory.createPerson();
			person.setGivenName("X");
			person.setFamilyName(family);
			parties.save(person);
		}
		Page<PartySummary> page = parties.page(null, 2, "");
		List<String> names = new ArrayList<>(page.items().stream().map(PartySummary::sortName).toList());
		while (page.hasMore()) {
			page = parties.page(page.last(), 2, "");
			names.addAll(page.items().stream().map(PartySummary::sortName).toList());
		}
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(null);
		assertEquals(sorted, names, "in order across pages");
		assertTrue(parties.page(null, 10, "mah").items().stream().allMatch(s -> s.sortName().startsWith("Maharani")));
		assertFalse(parties.page(null, 10, "mah").hasMore());
	}

	private long countParties() throws StoreException {
		return Transactions.read(first(), c -> {
			try (var statement = c.createStatement(); var row = statement.executeQuery("SELECT COUNT(*) FROM CORE_PARTY")) {
				row.next();
				return row.getLong(1);
			}
		});
	}

	private Person technician(String given, String family, String staffNumber) {
		Person person = factory.createPerson();
		person.setGivenName(given);
		person.setFamilyName(family);
		person.setEmail("agus@sejuk.co.id");
		Address site = factory.createAddress();
		site.setKind(AddressKind.SITE);
		site.setStreet("Jl. Asia Afrika 8");
		site.setCity("Bandung");
		site.setCountry("ID");
		person.getAddresses().add(site);
		StaffRole staff = factory.createStaffRole();
		staff.setStaffNumber(staffNumber);
		staff.setFunction(StaffFunction.TECHNICIAN);
		Qualification licence = factory.createQualification();
		licence.setKind(QualificationKind.HEATING_COOLING);
		licence.setNumber("AC-" + staffNumber);
		licence.setIssuer("BNSP");
		licence.setValidFrom(LocalDate.of(2024, 7, 1));
		licence.setValidUntil(LocalDate.of(2027, 6, 30));
		staff.getQualifications().add(licence);
		person.getRoles().add(staff);
		Note note = factory.createNote();
		note.setText("Sertifikat AC split");
		person.getNotes().add(note);
		return person;
	}

	private Organisation customer(String name, String number) {
		Organisation organisation = factory.createOrganisation();
		organisation.setName(name);
		CustomerRole customer = factory.createCustomerRole();
		customer.setCustomerNumber(number);
		organisation.getRoles().add(customer);
		return organisation;
	}
}
