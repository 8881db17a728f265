package org.techserv.equipment.store.internal.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.diagnostics.DiagnosticProcedures;
import org.techserv.equipment.diagnostics.Procedure;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentStatus;
import org.techserv.equipment.model.MaintenancePlan;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.model.TrainingSession;
import org.techserv.equipment.model.Visit;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.store.EquipmentStore;
import org.techserv.equipment.store.internal.Messages;
import org.techserv.model.core.Address;
import org.techserv.model.core.Party;
import org.techserv.model.core.Person;
import org.techserv.model.core.Priority;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.demo.DemoData;

/**
 * A plausible equipment shop around today: ten technicians, thirty-six customers, a catalogue of ten models,
 * sixty-six pieces of equipment sold over two years, and their service orders in every kind and status, each
 * walked through the workflow and saved the way a user would (so the audit trail tells their story).
 */
public final class EquipmentDemoData implements DemoData {

	private static final int UNITS = 66;
	private static final int FURTHER_ORDERS = 64;
	private static final ZoneId ZONE = ZoneId.systemDefault();

	private final Random random = new Random(20261128);
	private LocalDate today;
	private EquipmentStore store;
	private List<Person> technicians;
	private List<SparePart> parts;
	private final Map<Long, Integer> stock = new HashMap<>();
	private int visitsToday;

	@Override
	public boolean present(Database database) throws StoreException {
		return Transactions.read(database, c -> {
			try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM EQUIPMENT_MODEL"); //$NON-NLS-1$
					ResultSet row = count.executeQuery()) {
				row.next();
				return row.getLong(1) > 0;
			}
		});
	}

	@Override
	public String load(Database database, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.demoLoading, UNITS + FURTHER_ORDERS + 2);
		today = LocalDate.now(ZONE);
		store = new EquipmentStore(database);
		PartyRepository people = new PartyRepository(database);
		technicians = new ArrayList<>();
		for (Person technician : ShopPeople.technicians(today)) {
			technicians.add((Person) people.save(technician));
		}
		List<Party> customers = new ArrayList<>();
		for (Party customer : ShopPeople.customers()) {
			customers.add(people.save(customer));
		}
		List<EquipmentModel> models = new ArrayList<>();
		for (EquipmentModel model : ShopCatalogue.models()) {
			models.add(store.models().save(model));
		}
		parts = new ArrayList<>();
		for (SparePart part : ShopCatalogue.parts()) {
			parts.add(store.parts().save(part));
			stock.put(part.getId(), part.getOnHand());
		}
		progress.worked(2);

		List<CustomerEquipment> installed = new ArrayList<>();
		int orders = 0;
		for (int i = 0; i < UNITS; i++) {
			checkCancel(progress);
			Party customer = customers.get(i < customers.size() ? i : random.nextInt(customers.size()));
			EquipmentModel model = models.get(weightedModel());
			LocalDate soldOn = today.minusDays(UNITS - i < 8 ? 2 + (UNITS - i) : 20 + (long) (UNITS - i) * 10);
			String serial = model.getModelNumber().replaceAll("[^A-Z0-9]", "") + '-' + (240_000 + i * 137); //$NON-NLS-1$ //$NON-NLS-2$
			EquipmentStore.Sale sale = store.sell(customer, model, serial, site(customer), soldOn);
			ServiceOrder installation = sale.installation();
			installation.setPriority(Priority.NORMAL);
			orders++;
			if (soldOn.isBefore(today.minusDays(20))) {
				LocalDate installDay = working(soldOn.plusDays(3 + random.nextInt(6)));
				walk(installation, OrderStatus.CLOSED, installDay);
				CustomerEquipment unit = sale.equipment();
				unit.setStatus(EquipmentStatus.INSTALLED);
				unit.setInstalledOn(installDay);
				unit.setWarrantyUntil(installDay.plusMonths(model.getWarrantyMonths()));
				store.equipment().save(unit);
				installed.add(unit);
				if (i % 2 == 0 && model.getMaintenanceIntervalDays() > 0) {
					plan(unit, installDay, model.getMaintenanceIntervalDays());
				}
			} else {
				OrderStatus[] open = { OrderStatus.NEW, OrderStatus.SCHEDULED, OrderStatus.DISPATCHED };
				walk(installation, open[i % open.length], upcoming());
			}
			progress.worked(1);
		}

		ServiceKind[] kinds = { ServiceKind.REPAIR, ServiceKind.DIAGNOSTIC_VISIT, ServiceKind.TRAINING,
				ServiceKind.PREVENTIVE_MAINTENANCE };
		OrderStatus[] statuses = { OrderStatus.NEW, OrderStatus.SCHEDULED, OrderStatus.DISPATCHED,
				OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD, OrderStatus.COMPLETED, OrderStatus.CLOSED,
				OrderStatus.CANCELLED };
		for (int i = 0; i < FURTHER_ORDERS; i++) {
			checkCancel(progress);
			CustomerEquipment unit = installed.get(random.nextInt(installed.size()));
			ServiceKind kind = kinds[i % kinds.length];
			OrderStatus status = statuses[(i * 3 + i / kinds.length) % statuses.length];
			ServiceOrder order = newOrder(unit, kind);
			boolean done = status == OrderStatus.COMPLETED || status == OrderStatus.CLOSED;
			LocalDate day = done ? working(today.minusDays(5 + random.nextInt(200))) : upcoming();
			if (status == OrderStatus.IN_PROGRESS || status == OrderStatus.ON_HOLD) {
				day = working(today.minusDays(random.nextInt(3)));
			}
			store.orders().save(order);
			walk(order, status, day);
			orders++;
			progress.worked(1);
		}
		return NLS.bind(Messages.demoSummary, new Object[] { technicians.size(), customers.size(), models.size(),
				UNITS, orders });
	}

	private ServiceOrder newOrder(CustomerEquipment unit, ServiceKind kind) {
		ServiceOrder order = EquipmentFactory.eINSTANCE.createServiceOrder();
		order.setKind(kind);
		order.setStatus(OrderStatus.NEW.getName());
		order.setCustomer(unit.getCustomer());
		order.setEquipment(unit);
		order.setPriority(kind == ServiceKind.REPAIR ? (random.nextInt(3) == 0 ? Priority.URGENT : Priority.HIGH)
				: Priority.NORMAL);
		String what = unit.getModel().getName() + " (" + unit.getSerialNumber() + ')'; //$NON-NLS-1$
		switch (kind) {
		case REPAIR -> {
			String[] problems = { "Unit stops cooling after an hour; outdoor fan does not turn.", //$NON-NLS-1$
					"Water drips from the indoor unit onto the reception desk.", //$NON-NLS-1$
					"Trips the circuit breaker when started.", "Loud rattle at start-up, then runs.", //$NON-NLS-1$ //$NON-NLS-2$
					"Output voltage drops under load; lights flicker." }; //$NON-NLS-1$
			order.setReportedProblem(problems[random.nextInt(problems.length)]);
			order.setTitle("Repair " + what); //$NON-NLS-1$
		}
		case DIAGNOSTIC_VISIT -> {
			order.setReportedProblem("Customer reports higher power bills and weaker performance."); //$NON-NLS-1$
			order.setTitle("Diagnose " + what); //$NON-NLS-1$
		}
		case TRAINING -> order.setTitle("Train staff on " + what); //$NON-NLS-1$
		default -> order.setTitle(NLS.bind(Messages.maintenanceTitle, unit.getModel().getName(), unit.getSerialNumber()));
		}
		return order;
	}

	/** Moves the order along the workflow to {@code target}, doing the work each step implies, saving at each. */
	private void walk(ServiceOrder order, OrderStatus target, LocalDate day) throws StoreException {
		List<OrderStatus> path = switch (target) {
		case NEW -> List.of();
		case SCHEDULED -> List.of(OrderStatus.SCHEDULED);
		case DISPATCHED -> List.of(OrderStatus.SCHEDULED, OrderStatus.DISPATCHED);
		case IN_PROGRESS -> List.of(OrderStatus.SCHEDULED, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS);
		case ON_HOLD -> List.of(OrderStatus.SCHEDULED, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS,
				OrderStatus.ON_HOLD);
		case COMPLETED -> List.of(OrderStatus.SCHEDULED, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS,
				OrderStatus.COMPLETED);
		case CLOSED -> List.of(OrderStatus.SCHEDULED, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS,
				OrderStatus.COMPLETED, OrderStatus.CLOSED);
		case CANCELLED -> List.of(OrderStatus.SCHEDULED, OrderStatus.CANCELLED);
		};
		if (order.getDueDate() == null) {
			order.setDueDate(day);
		}
		for (OrderStatus next : path) {
			switch (next) {
			case SCHEDULED -> schedule(order, day);
			case IN_PROGRESS -> work(order);
			case COMPLETED -> signOff(order, day);
			default -> {
				// nothing besides the status
			}
			}
			if (next == OrderStatus.ON_HOLD) {
				order.getNotes().add(note("Waiting for a part from the distributor.")); //$NON-NLS-1$
			}
			order.setStatus(next.getName());
			store.orders().save(order);
		}
	}

	private void schedule(ServiceOrder order, LocalDate day) {
		Person technician = eligible(order, day);
		if (technician == null) {
			return; // nobody holds the licences: the order waits, as it would in a real shop
		}
		int hours = order.getKind() == ServiceKind.INSTALLATION ? 4 : 2 + random.nextInt(2);
		LocalTime start = random.nextBoolean() ? LocalTime.of(8, 0) : LocalTime.of(13, 0);
		if (day.equals(today) && visitsToday++ == 3) {
			start = LocalTime.of(9, 30); // one double booking today, for the dispatcher to notice
		}
		Visit visit = EquipmentFactory.eINSTANCE.createVisit();
		visit.setTechnician(technician);
		visit.setStart(day.atTime(start).atZone(ZONE).toInstant());
		visit.setEnd(day.atTime(start.plusHours(hours)).atZone(ZONE).toInstant());
		visit.setTravelNote(random.nextInt(3) == 0 ? "Report to security at the service entrance." : null); //$NON-NLS-1$
		order.getVisits().add(visit);
		order.setAssignee(technician);
	}

	private Person eligible(ServiceOrder order, LocalDate day) {
		int first = random.nextInt(technicians.size());
		for (int i = 0; i < technicians.size(); i++) {
			Person technician = technicians.get((first + i) % technicians.size());
			if (Dispatch.check(technician, order, day).allowed()) {
				return technician;
			}
		}
		return null;
	}

	private void work(ServiceOrder order) {
		Instant at = order.getVisits().isEmpty() ? Instant.now() : order.getVisits().get(0).getStart();
		Party technician = order.getVisits().isEmpty() ? null : order.getVisits().get(0).getTechnician();
		switch (order.getKind()) {
		case DIAGNOSTIC_VISIT, REPAIR, PREVENTIVE_MAINTENANCE -> {
			List<Procedure> procedures = DiagnosticProcedures.applicableTo(order.getEquipment());
			if (!procedures.isEmpty()) {
				DiagnosticRun run = procedures.get(random.nextInt(procedures.size())).start(technician, at);
				boolean failing = order.getKind() != ServiceKind.PREVENTIVE_MAINTENANCE && random.nextInt(3) > 0;
				fill(run, failing);
				order.getDiagnosticRuns().add(run);
			}
			if (order.getKind() == ServiceKind.REPAIR) {
				takePart(order);
			}
		}
		case TRAINING -> {
			TrainingSession training = EquipmentFactory.eINSTANCE.createTrainingSession();
			training.getAttendees().addAll(List.of("Pak Rudi (facility manager)", "Ibu Wati (front office)", //$NON-NLS-1$ //$NON-NLS-2$
					"Mas Andi (maintenance)")); //$NON-NLS-1$
			training.getTopics().addAll(List.of("Daily operation and the remote/controller", //$NON-NLS-1$
					"Cleaning filters and what to check weekly", "Error codes and when to call us")); //$NON-NLS-1$ //$NON-NLS-2$
			training.setDurationMinutes(60 + 30 * random.nextInt(3));
			order.setTraining(training);
		}
		default -> {
			// installation: the visit is the work
		}
		}
	}

	private void fill(DiagnosticRun run, boolean failing) {
		int failingStep = failing ? random.nextInt(run.getSteps().size()) : -1;
		for (int i = 0; i < run.getSteps().size(); i++) {
			StepResult step = run.getSteps().get(i);
			boolean fail = i == failingStep;
			switch (step.getKind()) {
			case MEASUREMENT -> step.setValue(reading(step, fail));
			case CHECK -> step.setChecked(!fail);
			case OBSERVATION -> step.setObservation(fail ? null : "Nothing unusual."); //$NON-NLS-1$
			}
		}
	}

	private double reading(StepResult step, boolean fail) {
		Double lower = step.getLowerLimit();
		Double upper = step.getUpperLimit();
		double low = lower != null ? lower : upper * 0.2;
		double high = upper != null ? upper : lower * 5;
		double value = fail ? (upper != null ? upper * 1.25 : lower * 0.5) : low + (high - low) * (0.2 + 0.6 * random.nextDouble());
		return Math.round(value * 100) / 100.0;
	}

	private void takePart(ServiceOrder order) {
		String category = order.getEquipment().getModel().getCategory();
		String prefix = switch (category) {
		case "GENERATOR" -> "FILT-"; //$NON-NLS-1$ //$NON-NLS-2$
		case "PUMP" -> "SEAL-"; //$NON-NLS-1$ //$NON-NLS-2$
		case "WATER_HEATER" -> "IGN-"; //$NON-NLS-1$ //$NON-NLS-2$
		case "COMPRESSOR" -> "BELT-"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> "CAP-"; //$NON-NLS-1$
		};
		for (SparePart part : parts) {
			int onHand = stock.get(part.getId());
			if (part.getPartNumber().startsWith(prefix) && onHand > 0) {
				RepairLine line = EquipmentFactory.eINSTANCE.createRepairLine();
				line.setPart(part);
				line.setQuantity(1);
				line.setLabourHours(1 + random.nextInt(4) / 2.0);
				line.setDescription("Replaced " + part.getName().toLowerCase()); //$NON-NLS-1$
				order.getRepairLines().add(line);
				stock.put(part.getId(), onHand - 1);
				return;
			}
		}
	}

	private void signOff(ServiceOrder order, LocalDate day) {
		SignOff signOff = EquipmentFactory.eINSTANCE.createSignOff();
		String[] names = { "Ibu Sari Dewi", "Pak Rudi Hartono", "Ibu Wati Susilo", "Pak Andi Saputra" };
		signOff.setSignedBy(names[random.nextInt(names.length)]);
		signOff.setSignedAt(day.atTime(16, 30).atZone(ZONE).toInstant());
		signOff.setComment("Work done, area clean."); //$NON-NLS-1$
		order.setSignOff(signOff);
		if (order.getTraining() != null) {
			order.getTraining().setCustomerSignedBy(signOff.getSignedBy());
			order.getTraining().setCustomerSignedOn(day);
		}
	}

	private void plan(CustomerEquipment unit, LocalDate installed, int interval) throws StoreException {
		MaintenancePlan plan = EquipmentFactory.eINSTANCE.createMaintenancePlan();
		plan.setEquipment(unit);
		plan.setIntervalDays(interval);
		LocalDate next = installed.plusDays(interval);
		while (next.isBefore(today)) {
			next = next.plusDays(interval);
		}
		plan.setNextDue(next);
		plan.setActive(true);
		store.plans().save(plan);
	}

	private org.techserv.model.core.Note note(String text) {
		org.techserv.model.core.Note note = org.techserv.model.core.CoreFactory.eINSTANCE.createNote();
		note.setText(text);
		note.setAuthor("dispatcher"); //$NON-NLS-1$
		note.setCreatedAt(Instant.now());
		return note;
	}

	private static Address site(Party customer) {
		return customer.getAddresses().isEmpty() ? null : EcoreUtil.copy(customer.getAddresses().get(0));
	}

	/** Air conditioners sell most; chillers and compressors rarely. */
	private int weightedModel() {
		int[] weights = { 8, 6, 5, 3, 1, 2, 3, 2, 3, 1 };
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return 0;
	}

	/** A working day in the next week, today included. */
	private LocalDate upcoming() {
		return working(today.plusDays(random.nextInt(7)));
	}

	private static LocalDate working(LocalDate day) {
		return switch (day.getDayOfWeek()) {
		case SATURDAY -> day.plusDays(2);
		case SUNDAY -> day.plusDays(1);
		default -> day;
		};
	}

	private static void checkCancel(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
