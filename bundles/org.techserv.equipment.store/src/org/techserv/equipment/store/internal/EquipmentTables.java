package org.techserv.equipment.store.internal;

import static org.techserv.equipment.model.EquipmentPackage.Literals.*;

import java.util.List;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.model.store.internal.CoreTables;
import org.techserv.store.emf.ChildRows;
import org.techserv.store.emf.Column;
import org.techserv.store.emf.DetailTable;
import org.techserv.store.emf.EntityTable;
import org.techserv.store.emf.ValueType;

/** How the equipment model maps to the tables of db/equipment. */
public final class EquipmentTables {

	public static final EntityTable MODEL = new EntityTable("EQUIPMENT_MODEL", "EquipmentModel", CoreTables.STANDARD, //$NON-NLS-1$ //$NON-NLS-2$
			List.of(Column.of("MANUFACTURER", EQUIPMENT_MODEL__MANUFACTURER), //$NON-NLS-1$
					Column.of("MODEL_NUMBER", EQUIPMENT_MODEL__MODEL_NUMBER), //$NON-NLS-1$
					Column.of("NAME", EQUIPMENT_MODEL__NAME), //$NON-NLS-1$
					Column.of("CATEGORY", EQUIPMENT_MODEL__CATEGORY), //$NON-NLS-1$
					Column.derivedAudited("INSTALL_REQUIRES", ValueType.STRING, m -> Lists.join(((EquipmentModel) m).getInstallRequires())), //$NON-NLS-1$
					Column.derivedAudited("REPAIR_REQUIRES", ValueType.STRING, m -> Lists.join(((EquipmentModel) m).getRepairRequires())), //$NON-NLS-1$
					Column.of("WARRANTY_MONTHS", EQUIPMENT_MODEL__WARRANTY_MONTHS), //$NON-NLS-1$
					Column.of("MAINTENANCE_INTERVAL_DAYS", EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS))); //$NON-NLS-1$

	public static final EntityTable UNIT = new EntityTable("EQUIPMENT_UNIT", "CustomerEquipment", CoreTables.STANDARD, //$NON-NLS-1$ //$NON-NLS-2$
			List.of(Column.reference("MODEL_ID", CUSTOMER_EQUIPMENT__MODEL), //$NON-NLS-1$
					Column.reference("CUSTOMER_ID", CUSTOMER_EQUIPMENT__CUSTOMER), //$NON-NLS-1$
					Column.of("SERIAL_NUMBER", CUSTOMER_EQUIPMENT__SERIAL_NUMBER), //$NON-NLS-1$
					Column.derivedAudited("SITE_STREET", ValueType.STRING, e -> Sites.street((CustomerEquipment) e)), //$NON-NLS-1$
					Column.derivedAudited("SITE_POSTAL_CODE", ValueType.STRING, e -> Sites.postalCode((CustomerEquipment) e)), //$NON-NLS-1$
					Column.derivedAudited("SITE_CITY", ValueType.STRING, e -> Sites.city((CustomerEquipment) e)), //$NON-NLS-1$
					Column.derivedAudited("SITE_REGION", ValueType.STRING, e -> Sites.region((CustomerEquipment) e)), //$NON-NLS-1$
					Column.derivedAudited("SITE_COUNTRY", ValueType.STRING, e -> Sites.country((CustomerEquipment) e)), //$NON-NLS-1$
					Column.of("INSTALLED_ON", CUSTOMER_EQUIPMENT__INSTALLED_ON), //$NON-NLS-1$
					Column.of("WARRANTY_UNTIL", CUSTOMER_EQUIPMENT__WARRANTY_UNTIL), //$NON-NLS-1$
					Column.of("STATUS", CUSTOMER_EQUIPMENT__STATUS))); //$NON-NLS-1$

	public static final EntityTable PART = new EntityTable("EQUIPMENT_PART", "SparePart", CoreTables.STANDARD, //$NON-NLS-1$ //$NON-NLS-2$
			List.of(Column.of("PART_NUMBER", SPARE_PART__PART_NUMBER), //$NON-NLS-1$
					Column.of("NAME", SPARE_PART__NAME), //$NON-NLS-1$
					Column.of("ON_HAND", SPARE_PART__ON_HAND), //$NON-NLS-1$
					Column.of("REORDER_LEVEL", SPARE_PART__REORDER_LEVEL))); //$NON-NLS-1$

	public static final EntityTable PLAN = new EntityTable("EQUIPMENT_MAINTENANCE_PLAN", "MaintenancePlan", //$NON-NLS-1$ //$NON-NLS-2$
			CoreTables.STANDARD, List.of(Column.reference("EQUIPMENT_ID", MAINTENANCE_PLAN__EQUIPMENT), //$NON-NLS-1$
					Column.of("INTERVAL_DAYS", MAINTENANCE_PLAN__INTERVAL_DAYS), //$NON-NLS-1$
					Column.of("NEXT_DUE", MAINTENANCE_PLAN__NEXT_DUE), //$NON-NLS-1$
					Column.of("ACTIVE", MAINTENANCE_PLAN__ACTIVE))); //$NON-NLS-1$

	public static final DetailTable ORDER = new DetailTable("EQUIPMENT_ORDER", List.of( //$NON-NLS-1$
			Column.of("ORDER_KIND", SERVICE_ORDER__KIND), //$NON-NLS-1$
			Column.reference("CUSTOMER_ID", SERVICE_ORDER__CUSTOMER), //$NON-NLS-1$
			Column.reference("EQUIPMENT_ID", SERVICE_ORDER__EQUIPMENT), //$NON-NLS-1$
			Column.of("REPORTED_PROBLEM", SERVICE_ORDER__REPORTED_PROBLEM), //$NON-NLS-1$
			Column.derivedAudited("TRAINING_ATTENDEES", ValueType.STRING, o -> Training.attendees((ServiceOrder) o)), //$NON-NLS-1$
			Column.derivedAudited("TRAINING_TOPICS", ValueType.STRING, o -> Training.topics((ServiceOrder) o)), //$NON-NLS-1$
			Column.derivedAudited("TRAINING_MINUTES", ValueType.INT, o -> Training.minutes((ServiceOrder) o)), //$NON-NLS-1$
			Column.derivedAudited("TRAINING_SIGNED_BY", ValueType.STRING, o -> Training.signedBy((ServiceOrder) o)), //$NON-NLS-1$
			Column.derivedAudited("TRAINING_SIGNED_ON", ValueType.DATE, o -> Training.signedOn((ServiceOrder) o)), //$NON-NLS-1$
			Column.derivedAudited("SIGNED_BY", ValueType.STRING, o -> Training.signOffBy((ServiceOrder) o)), //$NON-NLS-1$
			Column.derivedAudited("SIGNED_AT", ValueType.TIMESTAMP, o -> Training.signOffAt((ServiceOrder) o)), //$NON-NLS-1$
			Column.derivedAudited("SIGN_OFF_COMMENT", ValueType.STRING, o -> Training.signOffComment((ServiceOrder) o)))); //$NON-NLS-1$

	public static final ChildRows VISITS = new ChildRows("EQUIPMENT_VISIT", "ORDER_ID", VISIT, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.reference("TECHNICIAN_ID", VISIT__TECHNICIAN), Column.of("START_AT", VISIT__START), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("END_AT", VISIT__END), Column.of("TRAVEL_NOTE", VISIT__TRAVEL_NOTE))); //$NON-NLS-1$ //$NON-NLS-2$

	public static final ChildRows RUNS = new ChildRows("EQUIPMENT_DIAGNOSTIC_RUN", "ORDER_ID", DIAGNOSTIC_RUN, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("PROCEDURE_ID", DIAGNOSTIC_RUN__PROCEDURE_ID), //$NON-NLS-1$
			Column.of("PROCEDURE_NAME", DIAGNOSTIC_RUN__PROCEDURE_NAME), //$NON-NLS-1$
			Column.reference("PERFORMED_BY", DIAGNOSTIC_RUN__PERFORMED_BY), //$NON-NLS-1$
			Column.of("PERFORMED_AT", DIAGNOSTIC_RUN__PERFORMED_AT))); //$NON-NLS-1$

	public static final ChildRows STEPS = new ChildRows("EQUIPMENT_STEP", "OWNER_KEY", STEP_RESULT, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("STEP_ID", STEP_RESULT__STEP_ID), Column.of("LABEL", STEP_RESULT__LABEL), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("KIND", STEP_RESULT__KIND), Column.of("MEASURED", STEP_RESULT__VALUE), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("UNIT", STEP_RESULT__UNIT), Column.of("LOWER_LIMIT", STEP_RESULT__LOWER_LIMIT), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("UPPER_LIMIT", STEP_RESULT__UPPER_LIMIT), Column.of("CHECKED", STEP_RESULT__CHECKED), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("OBSERVATION", STEP_RESULT__OBSERVATION))); //$NON-NLS-1$

	public static final ChildRows REPAIR_LINES = new ChildRows("EQUIPMENT_REPAIR_LINE", "ORDER_ID", REPAIR_LINE, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.reference("PART_ID", REPAIR_LINE__PART), Column.of("QUANTITY", REPAIR_LINE__QUANTITY), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("LABOUR_HOURS", REPAIR_LINE__LABOUR_HOURS), Column.of("DESCRIPTION", REPAIR_LINE__DESCRIPTION))); //$NON-NLS-1$ //$NON-NLS-2$

	private EquipmentTables() {
	}

	/** Steps are owned by a run: the order's id times 1000 plus the run's position. */
	public static long stepOwner(long orderId, int run) {
		return orderId * 1000 + run;
	}
}
