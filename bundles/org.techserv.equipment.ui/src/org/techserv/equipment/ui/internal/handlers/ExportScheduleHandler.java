package org.techserv.equipment.ui.internal.handlers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.report.TechnicianSchedule;
import org.techserv.equipment.store.VisitRow;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.equipment.ui.internal.views.TechniciansView;
import org.techserv.model.core.Party;
import org.techserv.store.StoreException;

/**
 * Schedule (iCalendar): the selected technician's visits from a week ago to {@value #DAYS_AHEAD} days ahead, as
 * an .ics file a calendar program imports; in the background.
 */
public final class ExportScheduleHandler extends AbstractHandler {

	/** Optional command parameter: the file to write, skipping the file dialog. */
	public static final String FILE = "org.techserv.equipment.ui.commands.exportSchedule.file"; //$NON-NLS-1$
	static final int DAYS_AHEAD = 90;

	@Override
	public Object execute(ExecutionEvent event) {
		Party technician = technician(HandlerUtil.getCurrentSelection(event));
		if (technician == null) {
			return null;
		}
		String file = event.getParameter(FILE);
		if (file == null) {
			FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
			dialog.setText(Messages.exportScheduleTitle);
			dialog.setFilterExtensions(new String[] { "*.ics" }); //$NON-NLS-1$
			dialog.setFileName(technician.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".ics"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dialog.setOverwrite(true);
			file = dialog.open();
			if (file == null) {
				return null;
			}
		}
		Path target = Path.of(file);
		Job job = new Job(NLS.bind(Messages.exportScheduleJob, technician.getDisplayName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ZoneId zone = ZoneId.systemDefault();
					LocalDate today = LocalDate.now(zone);
					Set<Long> ids = new LinkedHashSet<>();
					for (VisitRow visit : Services.store().queries().visits(today.minusDays(7).atStartOfDay(zone).toInstant(),
							today.plusDays(DAYS_AHEAD).atStartOfDay(zone).toInstant())) {
						if (visit.technicianId() == technician.getId()) {
							ids.add(visit.orderId());
						}
					}
					List<ServiceOrder> orders = new ArrayList<>();
					for (long id : ids) {
						orders.add(Services.store().orders().load(id));
					}
					try (OutputStream out = Files.newOutputStream(target)) {
						TechnicianSchedule.write(technician, orders, out);
					}
					return Status.info(NLS.bind(Messages.exportScheduleDone, technician.getDisplayName(), target));
				} catch (StoreException | IOException e) {
					return Status.error(NLS.bind(Messages.exportFailed, target, e.getMessage()), e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static Party technician(Object selection) {
		if (selection instanceof IStructuredSelection structured) {
			Object first = structured.getFirstElement();
			if (first instanceof TechniciansView.Licence licence) {
				return licence.technician();
			}
			if (first instanceof Party party) {
				return party;
			}
		}
		return null;
	}
}
