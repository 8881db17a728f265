package org.techserv.equipment.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentStatus;
import org.techserv.equipment.model.MaintenancePlan;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.store.internal.Messages;
import org.techserv.model.core.Address;
import org.techserv.model.core.Party;
import org.techserv.model.store.internal.Records;
import org.techserv.model.store.internal.RestoringSave;
import org.techserv.store.Database;
import org.techserv.store.StoreException;
import org.techserv.store.Transactions;

/**
 * The equipment shop's records in one place, and the work that touches several of them at once: selling a
 * piece of equipment (registering it and opening its installation order) and opening the orders of maintenance
 * plans that fell due.
 */
@Component(service = EquipmentStore.class)
public final class EquipmentStore {

	/** Days between a sale and the installation's due date unless the seller says otherwise. */
	public static final int INSTALL_WITHIN_DAYS = 14;

	private final Database database;
	private final EquipmentModelRepository models;
	private final CustomerEquipmentRepository equipment;
	private final SparePartRepository parts;
	private final ServiceOrderRepository orders;
	private final MaintenancePlanRepository plans;
	private final OrderQueries queries;

	@Activate
	public EquipmentStore(@Reference Database database) {
		this.database = database;
		this.models = new EquipmentModelRepository(database);
		this.equipment = new CustomerEquipmentRepository(database);
		this.parts = new SparePartRepository(database);
		this.orders = new ServiceOrderRepository(database);
		this.plans = new MaintenancePlanRepository(database);
		this.queries = new OrderQueries(database);
	}

	public Database database() {
		return database;
	}

	public EquipmentModelRepository models() {
		return models;
	}

	public CustomerEquipmentRepository equipment() {
		return equipment;
	}

	public SparePartRepository parts() {
		return parts;
	}

	public ServiceOrderRepository orders() {
		return orders;
	}

	public MaintenancePlanRepository plans() {
		return plans;
	}

	public OrderQueries queries() {
		return queries;
	}

	/** What a sale produced. */
	public record Sale(CustomerEquipment equipment, ServiceOrder installation) {
	}

	/**
	 * Registers equipment sold to a customer (status sold) and opens its installation order, due
	 * {@value #INSTALL_WITHIN_DAYS} days after {@code soldOn}; both or neither are saved.
	 */
	public Sale sell(Party customer, EquipmentModel model, String serialNumber, Address site, LocalDate soldOn)
			throws StoreException {
		CustomerEquipment unit = EquipmentFactory.eINSTANCE.createCustomerEquipment();
		unit.setCustomer(customer);
		unit.setModel(model);
		unit.setSerialNumber(serialNumber);
		unit.setSite(site);
		unit.setStatus(EquipmentStatus.SOLD);
		ServiceOrder installation = EquipmentFactory.eINSTANCE.createServiceOrder();
		installation.setKind(ServiceKind.INSTALLATION);
		installation.setStatus(OrderStatus.NEW.getName());
		installation.setCustomer(customer);
		installation.setEquipment(unit);
		installation.setTitle(NLS.bind(Messages.installationTitle, model == null ? "" : model.getName(), serialNumber)); //$NON-NLS-1$
		installation.setDueDate(soldOn.plusDays(INSTALL_WITHIN_DAYS));
		installation.setNumber(orders.nextNumber());
		Records.validate(unit);
		Records.validate(installation);
		RestoringSave.run(database, equipment.duplicateKeys(unit), c -> {
			equipment.save(c, unit);
			orders.save(c, installation);
			return null;
		}, unit, installation);
		return new Sale(unit, installation);
	}

	/**
	 * Opens a preventive maintenance order for every active plan due on or before {@code day} and moves each
	 * plan's next due date past {@code day}; one transaction, so a plan never opens an order twice.
	 */
	public List<ServiceOrder> openDueMaintenance(LocalDate day) throws StoreException {
		return Transactions.inTransaction(database, c -> {
			List<ServiceOrder> opened = new ArrayList<>();
			for (MaintenancePlan plan : plans.dueBy(c, day)) {
				CustomerEquipment unit = plan.getEquipment();
				if (unit == null) {
					continue;
				}
				ServiceOrder order = EquipmentFactory.eINSTANCE.createServiceOrder();
				order.setKind(ServiceKind.PREVENTIVE_MAINTENANCE);
				order.setStatus(OrderStatus.NEW.getName());
				order.setCustomer(unit.getCustomer());
				order.setEquipment(unit);
				order.setTitle(NLS.bind(Messages.maintenanceTitle,
						unit.getModel() == null ? "" : unit.getModel().getName(), unit.getSerialNumber())); //$NON-NLS-1$
				order.setDueDate(plan.getNextDue());
				order.setNumber(ServiceOrderRepository.nextNumber(c));
				Records.validate(order);
				orders.save(c, order);
				LocalDate next = plan.getNextDue();
				while (!next.isAfter(day)) {
					next = next.plusDays(plan.getIntervalDays());
				}
				plan.setNextDue(next);
				plans.save(c, plan);
				opened.add(order);
			}
			return opened;
		});
	}
}
