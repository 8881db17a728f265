package org.techserv.equipment.model.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.Visit;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Party;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;

/**
 * Who may take an order: a technician holding every qualification the order needs, valid on the visit day.
 * An expired licence refuses; one that expires within {@value #WARNING_DAYS} days of the visit warns.
 */
public final class Dispatch {

	/** A licence expiring this many days (or fewer) after the visit warns. */
	public static final int WARNING_DAYS = 30;

	/** The answer for one technician and one order. */
	public enum Verdict {
		ELIGIBLE, WARNING, REFUSED
	}

	/**
	 * @param verdict eligible, eligible with a warning, or refused
	 * @param reasons the sentences for the user: what is missing, expired or expiring
	 */
	public record Decision(Verdict verdict, List<String> reasons) {
		public boolean allowed() {
			return verdict != Verdict.REFUSED;
		}
	}

	/**
	 * Two visits of one technician whose time windows overlap.
	 *
	 * @param first  one visit
	 * @param second the other
	 */
	public record DoubleBooking(Visit first, Visit second) {
	}

	private Dispatch() {
	}

	/** The qualifications the order's work needs: installing needs the model's install list, the rest its repair list. */
	public static Set<QualificationKind> required(ServiceOrder order) {
		EquipmentModel model = order.getEquipment() == null ? null : order.getEquipment().getModel();
		if (model == null || order.getKind() == null || order.getKind() == ServiceKind.TRAINING) {
			return EnumSet.noneOf(QualificationKind.class);
		}
		List<QualificationKind> kinds = order.getKind() == ServiceKind.INSTALLATION ? model.getInstallRequires()
				: model.getRepairRequires();
		return kinds.isEmpty() ? EnumSet.noneOf(QualificationKind.class) : EnumSet.copyOf(kinds);
	}

	/** Whether {@code technician} may take {@code order} for a visit on {@code day}, and why (not). */
	public static Decision check(Party technician, ServiceOrder order, LocalDate day) {
		String name = technician.getDisplayName();
		if (!(technician.getRole(CorePackage.Literals.STAFF_ROLE) instanceof StaffRole staff)
				|| staff.getFunction() != StaffFunction.TECHNICIAN) {
			return new Decision(Verdict.REFUSED, List.of(NLS.bind(Messages.notATechnician, name)));
		}
		List<String> refusals = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (QualificationKind kind : required(order)) {
			Qualification valid = staff.getQualification(kind, day);
			String what = kindLabel(kind);
			if (valid == null) {
				Qualification lapsed = lastOfKind(staff, kind);
				if (lapsed != null && lapsed.getValidUntil() != null && lapsed.getValidUntil().isBefore(day)) {
					refusals.add(NLS.bind(Messages.licenceExpired,
							new Object[] { name, what, lapsed.getNumber(), lapsed.getValidUntil(), day }));
				} else if (lapsed != null && lapsed.getValidFrom() != null && lapsed.getValidFrom().isAfter(day)) {
					refusals.add(NLS.bind(Messages.licenceNotYetValid,
							new Object[] { name, what, lapsed.getNumber(), lapsed.getValidFrom() }));
				} else {
					refusals.add(NLS.bind(Messages.licenceMissing, name, what));
				}
			} else if (valid.getValidUntil() != null
					&& ChronoUnit.DAYS.between(day, valid.getValidUntil()) <= WARNING_DAYS) {
				warnings.add(NLS.bind(Messages.licenceExpiring, new Object[] { name, what, valid.getNumber(),
						valid.getValidUntil(), ChronoUnit.DAYS.between(day, valid.getValidUntil()) }));
			}
		}
		if (!refusals.isEmpty()) {
			return new Decision(Verdict.REFUSED, Collections.unmodifiableList(refusals));
		}
		return new Decision(warnings.isEmpty() ? Verdict.ELIGIBLE : Verdict.WARNING, List.copyOf(warnings));
	}

	/** Visits of the same technician whose windows overlap (touching end-to-start is fine). */
	public static List<DoubleBooking> doubleBookings(List<Visit> visits) {
		List<Visit> timed = visits.stream().filter(v -> v.getTechnician() != null && v.getStart() != null
				&& v.getEnd() != null).sorted(java.util.Comparator.comparing(Visit::getStart)).toList();
		List<DoubleBooking> clashes = new ArrayList<>();
		for (int i = 0; i < timed.size(); i++) {
			for (int j = i + 1; j < timed.size(); j++) {
				Visit a = timed.get(i);
				Visit b = timed.get(j);
				if (!b.getStart().isBefore(a.getEnd())) {
					break; // sorted by start: no later visit overlaps a
				}
				if (sameParty(a.getTechnician(), b.getTechnician())) {
					clashes.add(new DoubleBooking(a, b));
				}
			}
		}
		return clashes;
	}

	/** Whether two windows overlap. */
	public static boolean overlaps(Instant start1, Instant end1, Instant start2, Instant end2) {
		return start1.isBefore(end2) && start2.isBefore(end1);
	}

	/** "heating cooling" for HEATING_COOLING, in the user's language. */
	public static String kindLabel(QualificationKind kind) {
		return switch (kind) {
		case ELECTRICIAN -> Messages.licence_ELECTRICIAN;
		case HEATING_COOLING -> Messages.licence_HEATING_COOLING;
		case REFRIGERATION -> Messages.licence_REFRIGERATION;
		case GAS_FITTER -> Messages.licence_GAS_FITTER;
		case PLUMBER -> Messages.licence_PLUMBER;
		case VOCATIONAL_DIPLOMA -> Messages.licence_VOCATIONAL_DIPLOMA;
		case ENGINEERING_DEGREE -> Messages.licence_ENGINEERING_DEGREE;
		case LIBRARY_TECHNICIAN -> Messages.licence_LIBRARY_TECHNICIAN;
		case LIBRARIAN -> Messages.licence_LIBRARIAN;
		case OTHER -> Messages.licence_OTHER;
		};
	}

	private static Qualification lastOfKind(StaffRole staff, QualificationKind kind) {
		Qualification last = null;
		for (Qualification q : staff.getQualifications()) {
			if (q.getKind() == kind && (last == null || q.getValidUntil() != null
					&& (last.getValidUntil() == null || q.getValidUntil().isAfter(last.getValidUntil())))) {
				last = q;
			}
		}
		return last;
	}

	private static boolean sameParty(Party a, Party b) {
		return a == b || a.getId() != 0 && a.getId() == b.getId();
	}
}
