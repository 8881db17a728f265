package org.techserv.equipment.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.equipment.ui.internal.views.OpenOrder;
import org.techserv.store.StoreException;

/** A new service order for a piece of customer equipment (preselected when the registry has one selected). */
public final class NewServiceOrderWizard extends Wizard implements INewWizard {

	private NewOrderPage page;
	private CustomerEquipment preselected;

	public NewServiceOrderWizard() {
		setWindowTitle(Messages.newOrderTitle);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null && selection.getFirstElement() instanceof CustomerEquipment unit) {
			preselected = unit;
		}
	}

	@Override
	public void addPages() {
		page = new NewOrderPage(preselected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		CustomerEquipment unit = page.equipment();
		ServiceOrder order = EquipmentFactory.eINSTANCE.createServiceOrder();
		order.setEquipment(unit);
		order.setCustomer(unit.getCustomer());
		order.setKind(page.kind());
		order.setStatus(OrderStatus.NEW.getName());
		order.setTitle(page.title());
		order.setReportedProblem(page.problem());
		order.setPriority(page.priority());
		order.setDueDate(page.due());
		try {
			Services.store().orders().save(order);
			OrderChanges.changed(order.getId());
			OpenOrder.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), order.getId(),
					order.getNumber());
			return true;
		} catch (StoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}
}
