package org.techserv.equipment.ui.internal.views;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Party;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.store.StoreException;

/** Every technician's licences, one row each, with those expired or expiring within 30 days marked. */
public final class TechniciansView extends RecordTableView<TechniciansView.Licence> {

	/** One licence of one technician. */
	public record Licence(Party technician, Qualification qualification) {
	}

	@Override
	protected List<Licence> load() throws StoreException {
		List<Licence> rows = new ArrayList<>();
		for (Party technician : Services.parties().staff(StaffFunction.TECHNICIAN)) {
			if (technician.getRole(CorePackage.Literals.STAFF_ROLE) instanceof StaffRole staff) {
				staff.getQualifications().forEach(q -> rows.add(new Licence(technician, q)));
			}
		}
		return rows;
	}

	@Override
	protected void columns() {
		column(Messages.columnTechnician, 180, l -> l.technician().getDisplayName());
		column(Messages.columnLicence, 150, l -> Labels.of(l.qualification().getKind()));
		column(Messages.columnLicenceNumber, 140, l -> l.qualification().getNumber());
		column(Messages.columnIssuer, 170, l -> l.qualification().getIssuer());
		column(Messages.columnValidUntil, 100, l -> l.qualification().getValidUntil() == null ? Messages.noEnd
				: l.qualification().getValidUntil().toString());
		column(Messages.columnLicenceState, 220, TechniciansView::state, TechniciansView::colour);
	}

	private static String state(Licence licence) {
		LocalDate until = licence.qualification().getValidUntil();
		LocalDate today = LocalDate.now();
		if (until == null) {
			return Messages.licenceValid;
		}
		long days = ChronoUnit.DAYS.between(today, until);
		if (days < 0) {
			return NLS.bind(Messages.licenceExpiredDays, -days);
		}
		return days <= Dispatch.WARNING_DAYS ? NLS.bind(Messages.licenceExpiresDays, days) : Messages.licenceValid;
	}

	private static Color colour(Licence licence) {
		LocalDate until = licence.qualification().getValidUntil();
		if (until == null) {
			return null;
		}
		long days = ChronoUnit.DAYS.between(LocalDate.now(), until);
		if (days < 0) {
			return Display.getCurrent().getSystemColor(SWT.COLOR_RED);
		}
		return days <= Dispatch.WARNING_DAYS ? Display.getCurrent().getSystemColor(SWT.COLOR_YELLOW) : null;
	}

	@Override
	protected String searchText(Licence l) {
		return l.technician().getDisplayName() + ' ' + Labels.of(l.qualification().getKind()) + ' ' + state(l);
	}

	@Override
	protected String key() {
		return "technicians"; //$NON-NLS-1$
	}
}
