package org.techserv.equipment.store;

import static org.techserv.equipment.store.internal.EquipmentTables.REPAIR_LINES;
import static org.techserv.equipment.store.internal.EquipmentTables.RUNS;
import static org.techserv.equipment.store.internal.EquipmentTables.STEPS;
import static org.techserv.equipment.store.internal.EquipmentTables.VISITS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.emf.ecore.EObject;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.model.TrainingSession;
import org.techserv.equipment.model.Visit;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.model.util.Dispatch.Decision;
import org.techserv.equipment.model.util.OrderWorkflow;
import org.techserv.equipment.store.internal.EquipmentReferences;
import org.techserv.equipment.store.internal.EquipmentTables;
import org.techserv.equipment.store.internal.Lists;
import org.techserv.equipment.store.internal.Stock;
import org.techserv.model.core.CorePackage;
import org.techserv.model.edit.FieldLabels;
import org.techserv.model.core.Party;
import org.techserv.model.store.PartyRepository;
import org.techserv.model.store.WorkItemRepository;
import org.techserv.model.store.internal.CoreTables;
import org.techserv.store.AuditEntry;
import org.techserv.store.AuditEntry.Action;
import org.techserv.store.AuditTrail;
import org.techserv.store.Database;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;
import org.techserv.store.Utc;
import org.techserv.store.ValidationException;
import org.techserv.store.emf.References;

/**
 * Service orders with their visits, diagnostic runs (and their steps), repair lines, training record and
 * sign-off, saved as one record. A save also refuses a status move the workflow does not allow and moves spare
 * parts in or out of stock; all of it commits together or not at all.
 */
public final class ServiceOrderRepository extends WorkItemRepository<ServiceOrder> {

	private static final String TRAINING = "SELECT TRAINING_ATTENDEES, TRAINING_TOPICS, TRAINING_MINUTES, " //$NON-NLS-1$
			+ "TRAINING_SIGNED_BY, TRAINING_SIGNED_ON, SIGNED_BY, SIGNED_AT, SIGN_OFF_COMMENT FROM EQUIPMENT_ORDER WHERE ID = ?"; //$NON-NLS-1$
	private static final String DELETE_STEPS = "DELETE FROM EQUIPMENT_STEP WHERE OWNER_KEY BETWEEN ? AND ?"; //$NON-NLS-1$

	public ServiceOrderRepository(Database database) {
		super(database, EquipmentPackage.Literals.SERVICE_ORDER, EquipmentTables.ORDER);
	}

	/** Gives a new order without a number the next one (SO-000042) before saving it. */
	@Override
	public ServiceOrder save(ServiceOrder order) throws StoreException {
		if (order.getId() == 0 && (order.getNumber() == null || order.getNumber().isBlank())) {
			order.setNumber(nextNumber());
		}
		return super.save(order);
	}

	/** The next free order number. */
	public String nextNumber() throws StoreException {
		return Transactions.read(database(), ServiceOrderRepository::nextNumber);
	}

	static String nextNumber(Connection c) throws SQLException {
		try (PreparedStatement next = c.prepareStatement("VALUES NEXT VALUE FOR EQUIPMENT_ORDER_NUMBER"); //$NON-NLS-1$
				ResultSet row = next.executeQuery()) {
			row.next();
			return String.format("SO-%06d", row.getLong(1)); //$NON-NLS-1$
		}
	}

	@Override
	protected List<AuditEntry> saveMore(Connection c, ServiceOrder order, ServiceOrder stored, int version,
			String user, Instant now) throws SQLException, StoreException {
		String refusal = OrderWorkflow.refusal(stored == null ? null : OrderWorkflow.status(stored), order);
		if (refusal != null) {
			throw new ValidationException(List.of(new FieldProblem(
					FieldLabels.of(order, CorePackage.Literals.WORK_ITEM__STATUS), order.getStatus(), refusal)), null,
					null);
		}
		checkTechnicians(c, order, stored);
		List<AuditEntry> audit = new ArrayList<>(
				Stock.follow(c, order.getRepairLines(), stored == null ? null : stored.getRepairLines(), user, now));
		long id = order.getId();
		if (stored == null) {
			VISITS.replace(c, id, order.getVisits());
			writeRuns(c, id, order.getDiagnosticRuns());
			REPAIR_LINES.replace(c, id, order.getRepairLines());
			return audit; // the order's creation is its own entry
		}
		audit(c, id, VISITS, order.getVisits(), stored.getVisits(), "VISITS", version, audit, user, now); //$NON-NLS-1$
		String runsNow = describeRuns(order.getDiagnosticRuns());
		String runsBefore = describeRuns(stored.getDiagnosticRuns());
		if (!runsNow.equals(runsBefore)) {
			writeRuns(c, id, order.getDiagnosticRuns());
			audit.add(new AuditEntry(CoreTables.WORK_ITEM.entityType(), id, version, Action.UPDATED, "DIAGNOSTIC_RUNS", //$NON-NLS-1$
					runsBefore, runsNow, user, now));
		}
		audit(c, id, REPAIR_LINES, order.getRepairLines(), stored.getRepairLines(), "REPAIR_LINES", version, audit, //$NON-NLS-1$
				user, now);
		return audit;
	}

	/**
	 * A technician newly put on a visit must hold every licence the order needs on the visit's day (in the
	 * workbench's time zone); visits already stored are not checked again, so a licence that expired since does not
	 * block unrelated changes.
	 */
	private static void checkTechnicians(Connection c, ServiceOrder order, ServiceOrder stored)
			throws SQLException, StoreException {
		Set<String> known = new HashSet<>();
		if (stored != null) {
			stored.getVisits().forEach(v -> known.add(assignment(v)));
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (Visit visit : order.getVisits()) {
			if (visit.getTechnician() == null || visit.getTechnician().getId() == 0 || visit.getStart() == null
					|| known.contains(assignment(visit))) {
				continue;
			}
			Party technician = PartyRepository.load(c, visit.getTechnician().getId());
			LocalDate day = LocalDate.ofInstant(visit.getStart(), ZoneId.systemDefault());
			Decision decision = Dispatch.check(technician, order, day);
			if (!decision.allowed()) {
				problems.add(new FieldProblem(FieldLabels.of(visit, EquipmentPackage.Literals.VISIT__TECHNICIAN),
						technician.getDisplayName(), String.join(" ", decision.reasons()))); //$NON-NLS-1$
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems, null, null);
		}
	}

	private static String assignment(Visit visit) {
		return (visit.getTechnician() == null ? 0 : visit.getTechnician().getId()) + "@" + visit.getStart(); //$NON-NLS-1$
	}

	@Override
	protected void loadMore(Connection c, ServiceOrder order) throws SQLException, StoreException {
		References references = references(c);
		long id = order.getId();
		order.getVisits().addAll(cast(VISITS.load(c, id, references), Visit.class));
		List<DiagnosticRun> runs = cast(RUNS.load(c, id, references), DiagnosticRun.class);
		for (int i = 0; i < runs.size(); i++) {
			runs.get(i).getSteps().addAll(cast(STEPS.load(c, EquipmentTables.stepOwner(id, i)), StepResult.class));
		}
		order.getDiagnosticRuns().addAll(runs);
		order.getRepairLines().addAll(cast(REPAIR_LINES.load(c, id, references), RepairLine.class));
		readTrainingAndSignOff(c, order);
	}

	/** Removing an order gives its parts back to stock and drops its steps (the other rows cascade). */
	@Override
	protected void deleteMore(Connection c, ServiceOrder order) throws SQLException, StoreException {
		ServiceOrder stored = load(c, order.getId());
		String user = database().user();
		Instant now = Instant.now();
		AuditTrail.record(c, Stock.follow(c, List.of(), stored.getRepairLines(), user, now));
		deleteSteps(c, order.getId());
	}

	@Override
	protected References references(Connection c) {
		return new EquipmentReferences(c);
	}

	private static void writeRuns(Connection c, long id, List<DiagnosticRun> runs) throws SQLException {
		RUNS.replace(c, id, runs);
		deleteSteps(c, id);
		for (int i = 0; i < runs.size(); i++) {
			STEPS.replace(c, EquipmentTables.stepOwner(id, i), runs.get(i).getSteps());
		}
	}

	private static void deleteSteps(Connection c, long id) throws SQLException {
		try (PreparedStatement delete = c.prepareStatement(DELETE_STEPS)) {
			delete.setLong(1, EquipmentTables.stepOwner(id, 0));
			delete.setLong(2, EquipmentTables.stepOwner(id, 999));
			delete.executeUpdate();
		}
	}

	private static String describeRuns(List<DiagnosticRun> runs) {
		StringBuilder text = new StringBuilder();
		for (DiagnosticRun run : runs) {
			if (!text.isEmpty()) {
				text.append(" | "); //$NON-NLS-1$
			}
			text.append(RUNS.describe(run)).append(" [").append(STEPS.describe(run.getSteps())).append(']'); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static void readTrainingAndSignOff(Connection c, ServiceOrder order) throws SQLException {
		try (PreparedStatement query = c.prepareStatement(TRAINING)) {
			query.setLong(1, order.getId());
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					return;
				}
				String attendees = row.getString(1);
				String topics = row.getString(2);
				int minutes = row.getInt(3);
				boolean hasMinutes = !row.wasNull();
				String signedBy = row.getString(4);
				java.sql.Date signedOn = row.getDate(5);
				if (attendees != null || topics != null || hasMinutes || signedBy != null || signedOn != null) {
					TrainingSession training = EquipmentFactory.eINSTANCE.createTrainingSession();
					training.getAttendees().addAll(Lists.lines(attendees));
					training.getTopics().addAll(Lists.lines(topics));
					training.setDurationMinutes(minutes);
					training.setCustomerSignedBy(signedBy);
					training.setCustomerSignedOn(signedOn == null ? null : signedOn.toLocalDate());
					order.setTraining(training);
				}
				String by = row.getString(6);
				Timestamp at = row.getTimestamp(7, Utc.calendar());
				String comment = row.getString(8);
				if (by != null || at != null || comment != null) {
					SignOff signOff = EquipmentFactory.eINSTANCE.createSignOff();
					signOff.setSignedBy(by);
					signOff.setSignedAt(at == null ? null : at.toInstant());
					signOff.setComment(comment);
					order.setSignOff(signOff);
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <E> List<E> cast(List<EObject> objects, Class<E> type) {
		return (List<E>) (List<?>) objects;
	}
}
