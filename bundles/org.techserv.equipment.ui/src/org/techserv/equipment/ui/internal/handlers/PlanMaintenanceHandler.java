package org.techserv.equipment.ui.internal.handlers;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.MaintenancePlan;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.store.StoreException;

/**
 * Maintenance Plan: sets how often the selected equipment is serviced and when next (its plan, or a new one with
 * the catalogue model's interval). Service › Open Due Maintenance Orders turns due plans into orders.
 */
public final class PlanMaintenanceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof CustomerEquipment unit)) {
			return null;
		}
		try {
			List<MaintenancePlan> plans = Services.store().plans().ofEquipment(unit.getId());
			MaintenancePlan plan = plans.isEmpty() ? newPlan(unit) : plans.get(0);
			MaintenancePlanDialog dialog = new MaintenancePlanDialog(HandlerUtil.getActiveShell(event), unit, plan);
			if (dialog.open() == Window.OK) {
				Services.store().plans().save(plan);
				OrderChanges.changed(0);
			}
		} catch (StoreException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.planTitle, e.getMessage());
		}
		return null;
	}

	private static MaintenancePlan newPlan(CustomerEquipment unit) {
		MaintenancePlan plan = EquipmentFactory.eINSTANCE.createMaintenancePlan();
		int interval = unit.getModel() != null && unit.getModel().getMaintenanceIntervalDays() > 0
				? unit.getModel().getMaintenanceIntervalDays()
				: 180;
		plan.setEquipment(unit);
		plan.setIntervalDays(interval);
		plan.setNextDue(LocalDate.now().plusDays(interval));
		plan.setActive(true);
		return plan;
	}
}
