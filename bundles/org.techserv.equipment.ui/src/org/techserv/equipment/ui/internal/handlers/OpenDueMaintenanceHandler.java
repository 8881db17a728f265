package org.techserv.equipment.ui.internal.handlers;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.store.StoreException;

/** Opens the preventive maintenance orders of every plan due today or earlier, as a background job. */
public final class OpenDueMaintenanceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Job job = new Job(Messages.maintenanceJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<ServiceOrder> opened = Services.store().openDueMaintenance(LocalDate.now());
					Display.getDefault().asyncExec(() -> OrderChanges.changed(0));
					return Status.info(NLS.bind(Messages.maintenanceOpened, opened.size()));
				} catch (StoreException e) {
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}
}
