package org.techserv.equipment.ui.internal.editor;

import static org.techserv.equipment.model.EquipmentPackage.Literals.SERVICE_ORDER__VISITS;
import static org.techserv.equipment.model.EquipmentPackage.Literals.VISIT__END;
import static org.techserv.equipment.model.EquipmentPackage.Literals.VISIT__START;
import static org.techserv.equipment.model.EquipmentPackage.Literals.VISIT__TECHNICIAN;
import static org.techserv.equipment.model.EquipmentPackage.Literals.VISIT__TRAVEL_NOTE;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.techserv.ui.forms.FormFields;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.Visit;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.model.util.Dispatch.Decision;
import org.techserv.equipment.model.util.Dispatch.Verdict;
import org.techserv.equipment.store.VisitRow;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.model.core.Party;
import org.techserv.store.StoreException;
import org.techserv.ui.emf.ComboFieldBinding;
import org.techserv.ui.emf.TextFieldBinding;
import org.techserv.ui.emf.ValueText;

/**
 * Visits and dispatch: when someone goes, who, and who may. Choosing a technician without the licences the order
 * needs on the visit day is refused with the reason; an expiring licence warns; overlapping visits are flagged.
 */
final class VisitsPage extends OrderPage {

	static final String ID = "visits"; //$NON-NLS-1$
	private static final ZoneId ZONE = ZoneId.systemDefault();

	private TableViewer visits;
	private TableViewer eligibility;
	private Visit selected;
	private LocalDate bookedDay;
	private List<VisitRow> booked = List.of();

	VisitsPage(ServiceOrderEditor editor, OrderSession session) {
		super(editor, session, ID, Messages.pageVisits);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		var domain = session.domain();
		Composite list = fields.section(body, Messages.sectionVisits, Messages.sectionVisitsDescription);
		visits = new TableViewer(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(visits.getTable(), "visits.table"); //$NON-NLS-1$
		visits.setContentProvider(ArrayContentProvider.getInstance());
		column(visits, Messages.columnTechnician, 180, v -> ((Visit) v).getTechnician() == null ? "" : ((Visit) v).getTechnician().getDisplayName()); //$NON-NLS-1$
		column(visits, Messages.columnStart, 140, v -> Labels.dayTime(((Visit) v).getStart()));
		column(visits, Messages.columnEnd, 140, v -> Labels.dayTime(((Visit) v).getEnd()));
		column(visits, Messages.columnTravelNote, 240, v -> ((Visit) v).getTravelNote() == null ? "" : ((Visit) v).getTravelNote()); //$NON-NLS-1$
		visits.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).span(2, 1).applyTo(visits.getTable());
		Composite buttons = fields.toolkit().createComposite(list);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		Button add = fields.button(buttons, Messages.buttonAddVisit, "visits.add"); //$NON-NLS-1$
		Button remove = fields.button(buttons, Messages.buttonRemoveVisit, "visits.remove"); //$NON-NLS-1$
		add.addListener(SWT.Selection, e -> addVisit());
		remove.addListener(SWT.Selection, e -> {
			if (selected != null) {
				session.execute(RemoveCommand.create(domain, session.order(), SERVICE_ORDER__VISITS, selected));
			}
		});
		visits.addSelectionChangedListener(e -> {
			if (session.refreshing()) {
				return;
			}
			Visit chosen = (Visit) ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (chosen != null && chosen != selected) {
				selected = chosen;
				editor.select(chosen);
				session.refresh();
			}
		});

		Composite detail = fields.section(body, Messages.sectionVisit, null);
		ComboFieldBinding technician = new ComboFieldBinding(domain,
				fields.combo(detail, Messages.fieldTechnician, "visit.technician"), () -> selected, VISIT__TECHNICIAN, //$NON-NLS-1$
				v -> ((Party) v).getDisplayName()).checkedBy(this::technicianRefusal);
		session.register(technician);
		session.register(new TextFieldBinding(domain, fields.text(detail, Messages.fieldStart, "visit.start", SWT.SINGLE), //$NON-NLS-1$
				() -> selected, VISIT__START, ValueText.dateTime(Messages.fieldStart, ZONE)));
		session.register(new TextFieldBinding(domain, fields.text(detail, Messages.fieldEnd, "visit.end", SWT.SINGLE), //$NON-NLS-1$
				() -> selected, VISIT__END, ValueText.dateTime(Messages.fieldEnd, ZONE)));
		session.register(new TextFieldBinding(domain,
				fields.text(detail, Messages.fieldTravelNote, "visit.travelNote", SWT.SINGLE), () -> selected, //$NON-NLS-1$
				VISIT__TRAVEL_NOTE, ValueText.text()));
		Label verdict = fields.value(detail, Messages.fieldLicences, "visit.verdict"); //$NON-NLS-1$
		Label overlaps = fields.value(detail, Messages.fieldDoubleBooked, "visit.doubleBooked"); //$NON-NLS-1$

		Composite who = fields.section(body, Messages.sectionEligibility, Messages.sectionEligibilityDescription);
		eligibility = new TableViewer(who, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(eligibility.getTable(), "visits.eligibility"); //$NON-NLS-1$
		eligibility.setContentProvider(ArrayContentProvider.getInstance());
		column(eligibility, Messages.columnTechnician, 180, r -> ((Row) r).technician().getDisplayName());
		column(eligibility, Messages.columnVerdict, 110, r -> verdictLabel(((Row) r).decision().verdict()));
		column(eligibility, Messages.columnBooked, 200, r -> ((Row) r).booked());
		column(eligibility, Messages.columnReasons, 420, r -> String.join(" ", ((Row) r).decision().reasons())); //$NON-NLS-1$
		eligibility.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).span(2, 1).applyTo(eligibility.getTable());

		session.onRefresh(() -> {
			if (visits.getTable().isDisposed()) {
				return;
			}
			visits.setInput(session.order().getVisits().toArray());
			if (selected != null && !session.order().getVisits().contains(selected)) {
				selected = null;
			}
			if (selected == null && !session.order().getVisits().isEmpty()) {
				selected = session.order().getVisits().get(session.order().getVisits().size() - 1);
			}
			if (selected != null) {
				visits.setSelection(new StructuredSelection(selected), true);
			}
			technician.offer(session.technicians());
			LocalDate day = day(selected);
			eligibility.setInput(rows(day).toArray());
			verdict.setText(selected == null || selected.getTechnician() == null ? "" //$NON-NLS-1$
					: decisionText(Dispatch.check(session.technician(selected.getTechnician().getId()) == null
							? selected.getTechnician() : session.technician(selected.getTechnician().getId()), session.order(), day)));
			overlaps.setText(overlapText(selected));
			detail.layout();
		});
	}

	@Override
	void reloaded() {
		selected = null;
		bookedDay = null;
	}

	private void addVisit() {
		LocalDate day = LocalDate.now(ZONE).plusDays(1);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		Visit visit = EquipmentFactory.eINSTANCE.createVisit();
		visit.setStart(day.atTime(LocalTime.of(8, 0)).atZone(ZONE).toInstant());
		visit.setEnd(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant());
		selected = visit;
		session.execute(AddCommand.create(session.domain(), session.order(), SERVICE_ORDER__VISITS, visit));
	}

	private String technicianRefusal(Object value) {
		if (value == null || selected == null) {
			return null;
		}
		Decision decision = Dispatch.check((Party) value, session.order(), day(selected));
		if (decision.allowed()) {
			return null;
		}
		String reasons = String.join(" ", decision.reasons()); //$NON-NLS-1$
		editor.notice(NLS.bind(Messages.technicianRefused, reasons), IMessageProvider.ERROR);
		return reasons;
	}

	private record Row(Party technician, Decision decision, String booked) {
	}

	private List<Row> rows(LocalDate day) {
		List<VisitRow> others = bookings(day);
		List<Row> rows = new ArrayList<>();
		for (Party technician : session.technicians()) {
			String busy = others.stream().filter(v -> v.technicianId() == technician.getId())
					.map(v -> v.number() + ' ' + Labels.time(v.start()) + '–' + Labels.time(v.end()))
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			rows.add(new Row(technician, Dispatch.check(technician, session.order(), day), busy));
		}
		rows.sort(Comparator.comparing((Row r) -> r.decision().verdict()).thenComparing(r -> !r.booked().isEmpty())
				.thenComparing(r -> r.technician().getDisplayName()));
		return rows;
	}

	/** Visits of other orders on the day (read once per day shown, again after a save). */
	private List<VisitRow> bookings(LocalDate day) {
		if (!day.equals(bookedDay)) {
			try {
				Instant from = day.atStartOfDay(ZONE).toInstant();
				booked = ServiceOrderEditor.store().queries().visits(from, day.plusDays(1).atStartOfDay(ZONE).toInstant())
						.stream().filter(v -> v.orderId() != session.order().getId()).toList();
			} catch (StoreException e) {
				booked = List.of();
				editor.notice(e.getMessage(), IMessageProvider.WARNING);
			}
			bookedDay = day;
		}
		return booked;
	}

	private String overlapText(Visit visit) {
		if (visit == null || visit.getTechnician() == null || visit.getStart() == null || visit.getEnd() == null) {
			return ""; //$NON-NLS-1$
		}
		List<String> clashes = new ArrayList<>();
		ServiceOrder order = session.order();
		for (Visit other : order.getVisits()) {
			if (other != visit && other.getTechnician() != null
					&& other.getTechnician().getId() == visit.getTechnician().getId()
					&& Dispatch.overlaps(visit.getStart(), visit.getEnd(), other.getStart(), other.getEnd())) {
				clashes.add(order.getNumber() + ' ' + Labels.time(other.getStart()) + '–' + Labels.time(other.getEnd()));
			}
		}
		for (VisitRow other : bookings(day(visit))) {
			if (other.technicianId() == visit.getTechnician().getId()
					&& Dispatch.overlaps(visit.getStart(), visit.getEnd(), other.start(), other.end())) {
				clashes.add(other.number() + ' ' + Labels.time(other.start()) + '–' + Labels.time(other.end()));
			}
		}
		return clashes.isEmpty() ? Messages.noDoubleBooking : NLS.bind(Messages.doubleBooked, String.join(", ", clashes)); //$NON-NLS-1$
	}

	private static LocalDate day(Visit visit) {
		return visit == null || visit.getStart() == null ? LocalDate.now(ZONE)
				: LocalDate.ofInstant(visit.getStart(), ZONE);
	}

	private static String decisionText(Decision decision) {
		return decision.reasons().isEmpty() ? verdictLabel(decision.verdict())
				: verdictLabel(decision.verdict()) + ": " + String.join(" ", decision.reasons()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String verdictLabel(Verdict verdict) {
		return switch (verdict) {
		case ELIGIBLE -> Messages.verdictEligible;
		case WARNING -> Messages.verdictWarning;
		case REFUSED -> Messages.verdictRefused;
		};
	}

	static void column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
		TableColumns.add(viewer, title, width, text);
	}

	Table visitsTable() {
		return visits.getTable();
	}
}
