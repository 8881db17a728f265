package org.techserv.bench.equipment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.model.util.OrderWorkflow;
import org.techserv.equipment.store.EquipmentStore;
import org.techserv.equipment.store.OrderFilter;
import org.techserv.equipment.store.OrderQueries;
import org.techserv.equipment.store.OrderRow;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Party;
import org.techserv.model.core.Person;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/**
 * What a dispatcher waits for on a big shop's database: the Service Orders list over 100,000 orders (time to the
 * first screen of rows, and the memory the list holds), and the dispatch board's licence check of 50 technicians
 * against 1,000 open orders.
 */
class EquipmentBenchmark {

	private static final int TECHNICIANS = 50;
	private static final int OPEN_ORDERS = 1_000;
	private static final int RUNS = 30;

	@TempDir
	Path folder;

	private final StringBuilder report = new StringBuilder();

	@Test
	void orderListAndDispatch() throws Exception {
		int count = Integer.getInteger("techserv.bench.orders", 100_000);
		line("equipment: " + count + " service orders, " + TECHNICIANS + " technicians; "
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
		try (EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")))) {
			try (Connection connection = database.connect()) {
				new Migrator("bench").migrate(connection, MigrationRegistry.contributed());
			}
			EquipmentStore store = new EquipmentStore(database);
			PartyRepository parties = new PartyRepository(database);
			Random random = new Random(7);
			List<Party> technicians = new ArrayList<>();
			for (int i = 0; i < TECHNICIANS; i++) {
				technicians.add(parties.save(technician(i, random)));
			}
			List<EquipmentModel> models = List.of(store.models().save(model("AC", QualificationKind.HEATING_COOLING)),
					store.models().save(model("GEN", QualificationKind.ELECTRICIAN)),
					store.models().save(model("HP", QualificationKind.REFRIGERATION)));
			List<CustomerEquipment> units = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				Organisation customer = CoreFactory.eINSTANCE.createOrganisation();
				customer.setName(String.format("Customer %03d", i));
				parties.save(customer);
				units.add(store.sell(customer, models.get(i % models.size()), "SN-" + i, null, LocalDate.now()).equipment());
			}

			long[] latency = new long[count];
			long start = System.nanoTime();
			for (int i = 0; i < count - units.size(); i++) {
				CustomerEquipment unit = units.get(random.nextInt(units.size()));
				ServiceOrder order = EquipmentFactory.eINSTANCE.createServiceOrder();
				order.setKind(ServiceKind.VALUES.get(i % ServiceKind.VALUES.size()));
				order.setStatus(OrderStatus.NEW.getName());
				order.setCustomer(unit.getCustomer());
				order.setEquipment(unit);
				order.setTitle("Order " + i + " for " + unit.getSerialNumber());
				order.setDueDate(LocalDate.now().plusDays(random.nextInt(30)));
				order.setAssignee(technicians.get(random.nextInt(TECHNICIANS)));
				long t0 = System.nanoTime();
				store.orders().save(order);
				latency[i] = System.nanoTime() - t0;
			}
			figures("insert order", Arrays.copyOf(latency, count - units.size()), System.nanoTime() - start);

			OrderQueries queries = store.queries();
			firstScreen("list all", queries, OrderFilter.all());
			firstScreen("list open", queries, new OrderFilter(EnumSet.of(OrderStatus.NEW, OrderStatus.SCHEDULED,
					OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD), Set.of(), 0, ""));
			firstScreen("list customer", queries, new OrderFilter(Set.of(), Set.of(), 0, "customer 01"));
			firstScreen("list technician", queries, new OrderFilter(Set.of(), Set.of(), technicians.get(3).getId(), ""));
			memory(queries);

			dispatch(store, parties, queries);
		}
		String out = System.getProperty("techserv.bench.out");
		if (out != null) {
			Files.writeString(Path.of(out), report);
		}
	}

	/** Time to the first screen: the matching ids plus the first block of rows, as the view reads them. */
	private void firstScreen(String name, OrderQueries queries, OrderFilter filter) throws Exception {
		long[] nanos = new long[RUNS];
		int matching = 0;
		for (int i = 0; i < RUNS; i++) {
			long t0 = System.nanoTime();
			long[] ids = queries.ids(filter);
			List<OrderRow> rows = queries.rows(ids, 0, Math.min(ids.length, OrderQueries.BLOCK));
			nanos[i] = System.nanoTime() - t0;
			matching = ids.length;
			if (rows.isEmpty() && ids.length > 0) {
				throw new IllegalStateException("no rows");
			}
		}
		figures(name + " (" + matching + ")", nanos, 0);
	}

	/** What the list holds: its ids and the blocks on screen; measured as heap growth after collection. */
	private void memory(OrderQueries queries) throws Exception {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		long[] ids = queries.ids(OrderFilter.all());
		List<List<OrderRow>> screens = new ArrayList<>();
		for (int block = 0; block < 20; block++) { // the 20 blocks the view keeps at most
			int from = block * OrderQueries.BLOCK;
			screens.add(queries.rows(ids, from, Math.min(ids.length, from + OrderQueries.BLOCK)));
		}
		System.gc();
		long after = runtime.totalMemory() - runtime.freeMemory();
		line(String.format("list memory      %d ids (%d KB as long[]) + %d cached rows: heap +%d KB", ids.length,
				ids.length * 8 / 1024, screens.stream().mapToInt(List::size).sum(), Math.max(0, after - before) / 1024));
	}

	private void dispatch(EquipmentStore store, PartyRepository parties, OrderQueries queries) throws Exception {
		long t0 = System.nanoTime();
		List<Party> staff = parties.staff(StaffFunction.TECHNICIAN);
		long[] open = queries.ids(new OrderFilter(EnumSet.of(OrderStatus.NEW), Set.of(), 0, ""));
		List<ServiceOrder> orders = new ArrayList<>();
		for (int i = 0; i < OPEN_ORDERS && i < open.length; i++) {
			orders.add(store.orders().load(open[i]));
		}
		long loaded = System.nanoTime() - t0;
		LocalDate day = LocalDate.now().plusDays(1);
		long[] nanos = new long[RUNS];
		int eligible = 0;
		for (int run = 0; run < RUNS; run++) {
			long t1 = System.nanoTime();
			eligible = 0;
			for (ServiceOrder order : orders) {
				for (Party technician : staff) {
					if (Dispatch.check(technician, order, day).allowed()) {
						eligible++;
					}
				}
			}
			nanos[run] = System.nanoTime() - t1;
		}
		Arrays.sort(nanos);
		line(String.format("dispatch         %d technicians x %d open orders: read in %d ms; eligibility of all %d pairs "
				+ "p50 %.1f ms p95 %.1f ms (%d eligible)", staff.size(), orders.size(), loaded / 1_000_000,
				staff.size() * orders.size(), nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, eligible));
		if (OrderWorkflow.isOpen(OrderStatus.NEW) && eligible == 0) {
			throw new IllegalStateException("nobody eligible: the benchmark data is wrong");
		}
	}

	private void figures(String operation, long[] nanos, long wall) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double p50 = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[(int) (sorted.length * 0.95)] / 1e6;
		double total = Arrays.stream(nanos).sum() / 1e9;
		line(String.format("%-28s %8.0f /s   p50 %7.2f ms   p95 %7.2f ms%s", operation, nanos.length / total, p50, p95,
				wall > 0 ? String.format("   (%d in %.1f s)", nanos.length, wall / 1e9) : ""));
	}

	private void line(String text) {
		System.out.println("[equipment-bench] " + text);
		report.append(text).append('\n');
	}

	private static EquipmentModel model(String number, QualificationKind repair) {
		EquipmentModel model = EquipmentFactory.eINSTANCE.createEquipmentModel();
		model.setManufacturer("Bench");
		model.setModelNumber(number);
		model.setName("Bench " + number);
		model.setCategory(number);
		model.getInstallRequires().add(QualificationKind.ELECTRICIAN);
		model.getInstallRequires().add(repair);
		model.getRepairRequires().add(repair);
		return model;
	}

	/** Technicians with two or three licences each, some expiring soon, a few expired. */
	private static Person technician(int i, Random random) {
		Person person = CoreFactory.eINSTANCE.createPerson();
		person.setFamilyName(String.format("Technician %02d", i));
		StaffRole staff = CoreFactory.eINSTANCE.createStaffRole();
		staff.setFunction(StaffFunction.TECHNICIAN);
		QualificationKind[] kinds = { QualificationKind.ELECTRICIAN, QualificationKind.HEATING_COOLING,
				QualificationKind.REFRIGERATION };
		for (int k = 0; k < kinds.length; k++) {
			if (k > 0 && random.nextInt(3) == 0) {
				continue;
			}
			Qualification licence = CoreFactory.eINSTANCE.createQualification();
			licence.setKind(kinds[k]);
			licence.setNumber("L-" + i + "-" + k);
			licence.setIssuer("BNSP");
			licence.setValidFrom(LocalDate.now().minusYears(2));
			licence.setValidUntil(LocalDate.now().plusDays(random.nextInt(400) - 20));
			staff.getQualifications().add(licence);
		}
		person.getRoles().add(staff);
		return person;
	}

}
