package org.techserv.equipment.ui.internal.views;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.model.util.Dispatch.Decision;
import org.techserv.equipment.model.util.Dispatch.Verdict;
import org.techserv.equipment.store.OrderRow;
import org.techserv.equipment.store.VisitRow;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.equipment.ui.internal.editor.ServiceOrderEditor;
import org.techserv.model.core.Party;
import org.techserv.model.core.StaffFunction;
import org.techserv.store.StoreException;
import org.techserv.workbench.WorkbenchIds;

/**
 * The week's visits, technicians down, days across. Selecting an order (in the Service Orders view or an open
 * order editor) narrows the board to the technicians who may take it on its due day; time windows of one
 * technician that overlap are marked.
 */
public final class DispatchBoardView extends ViewPart {

	public static final String KEY_TABLE = "dispatch.table"; //$NON-NLS-1$
	public static final String KEY_HEADER = "dispatch.header"; //$NON-NLS-1$
	private static final ZoneId ZONE = ZoneId.systemDefault();
	private static final int DAYS = 6; // Monday to Saturday: the shop's working week

	private TableViewer viewer;
	private Label header;
	private LocalDate monday = LocalDate.now(ZONE).with(DayOfWeek.MONDAY);
	private List<Party> technicians = List.of();
	private Map<Long, List<VisitRow>> visitsByTechnician = Map.of();
	private Set<VisitRow> doubleBooked = Set.of();
	private ServiceOrder focus;
	private Map<Long, Decision> decisions = Map.of();
	private final ISelectionListener onSelection = this::selectionChanged;
	private final LongConsumer onChange = id -> reload();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		header = new Label(parent, SWT.WRAP);
		header.setData(WorkbenchIds.WIDGET_KEY, KEY_HEADER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setData(WorkbenchIds.WIDGET_KEY, KEY_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText(Messages.columnTechnician);
		name.getColumn().setWidth(190);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Party technician = (Party) element;
				Decision decision = decisions.get(technician.getId());
				return decision == null || decision.verdict() == Verdict.ELIGIBLE ? technician.getDisplayName()
						: "⚠ " + technician.getDisplayName(); //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				Decision decision = decisions.get(((Party) element).getId());
				return decision == null ? null : String.join("\n", decision.reasons()); //$NON-NLS-1$
			}
		});
		for (int d = 0; d < DAYS; d++) {
			int day = d;
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setWidth(170);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cell((Party) element, monday.plusDays(day));
				}

				@Override
				public Color getBackground(Object element) {
					return clashes((Party) element, monday.plusDays(day))
							? Display.getCurrent().getSystemColor(SWT.COLOR_YELLOW)
							: null;
				}
			});
		}
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(action(Messages.weekPrevious, "dispatch.previous", () -> move(-7))); //$NON-NLS-1$
		toolbar.add(action(Messages.weekThis, "dispatch.today", () -> { //$NON-NLS-1$
			monday = LocalDate.now(ZONE).with(DayOfWeek.MONDAY);
			reload();
		}));
		toolbar.add(action(Messages.weekNext, "dispatch.next", () -> move(7))); //$NON-NLS-1$
		toolbar.add(action(Messages.showAllTechnicians, "dispatch.all", () -> { //$NON-NLS-1$
			focus = null;
			decisions = Map.of();
			show();
		}));
		getSite().getPage().addPostSelectionListener(onSelection);
		OrderChanges.addListener(onChange);
		reload();
	}

	private IAction action(String text, String id, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setId(id);
		return action;
	}

	private void move(int days) {
		monday = monday.plusDays(days);
		reload();
	}

	/** Reads the technicians and the week's visits in the background, then redraws. */
	public void reload() {
		LocalDate week = monday;
		Job job = Job.create(Messages.dispatchLoading, (IProgressMonitor monitor) -> {
			try {
				List<Party> staff = Services.parties().staff(StaffFunction.TECHNICIAN);
				List<VisitRow> visits = Services.store().queries().visits(week.atStartOfDay(ZONE).toInstant(),
						week.plusDays(DAYS).atStartOfDay(ZONE).toInstant());
				Display.getDefault().asyncExec(() -> loaded(staff, visits));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void loaded(List<Party> staff, List<VisitRow> visits) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		technicians = staff;
		Map<Long, List<VisitRow>> byTechnician = new HashMap<>();
		visits.forEach(v -> byTechnician.computeIfAbsent(v.technicianId(), k -> new ArrayList<>()).add(v));
		Set<VisitRow> clashing = new HashSet<>();
		for (List<VisitRow> own : byTechnician.values()) {
			for (int i = 0; i < own.size(); i++) {
				for (int j = i + 1; j < own.size(); j++) {
					if (own.get(i).overlaps(own.get(j))) {
						clashing.add(own.get(i));
						clashing.add(own.get(j));
					}
				}
			}
		}
		visitsByTechnician = byTechnician;
		doubleBooked = clashing;
		decide();
		show();
	}

	private void show() {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM", Locale.getDefault()); //$NON-NLS-1$
		for (int d = 0; d < DAYS; d++) {
			viewer.getTable().getColumn(d + 1).setText(format.format(monday.plusDays(d)));
		}
		List<Party> shown = focus == null ? technicians
				: technicians.stream().filter(t -> decisions.containsKey(t.getId()) && decisions.get(t.getId()).allowed())
						.toList();
		viewer.setInput(shown.toArray());
		String week = NLS.bind(Messages.dispatchWeek, monday, monday.plusDays(DAYS - 1));
		if (focus != null) {
			header.setText(week + "  " + NLS.bind(Messages.dispatchFocus, new Object[] { focus.getNumber(), //$NON-NLS-1$
					shown.size(), technicians.size(), required(focus) }));
		} else {
			header.setText(week + "  " + (doubleBooked.isEmpty() ? "" //$NON-NLS-1$ //$NON-NLS-2$
					: NLS.bind(Messages.dispatchDoubleBookings, doubleBooked.size() / 2)));
		}
		header.getParent().layout();
	}

	private String cell(Party technician, LocalDate day) {
		return visitsByTechnician.getOrDefault(technician.getId(), List.of()).stream()
				.filter(v -> LocalDate.ofInstant(v.start(), ZONE).equals(day))
				.map(v -> (doubleBooked.contains(v) ? "⚠ " : "") + Labels.time(v.start()) + ' ' + v.number()) //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining("; ")); //$NON-NLS-1$
	}

	private boolean clashes(Party technician, LocalDate day) {
		return visitsByTechnician.getOrDefault(technician.getId(), List.of()).stream()
				.anyMatch(v -> doubleBooked.contains(v) && LocalDate.ofInstant(v.start(), ZONE).equals(day));
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		ServiceOrder order = null;
		if (part instanceof ServiceOrderEditor editor) {
			order = editor.order();
		} else if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof OrderRow row) {
			try {
				order = Services.store().orders().load(row.id());
			} catch (StoreException e) {
				order = null;
			}
		}
		if (order != null) {
			focus = order;
			decide();
			show();
		}
	}

	private void decide() {
		if (focus == null) {
			decisions = Map.of();
			return;
		}
		LocalDate day = focus.getDueDate() != null ? focus.getDueDate() : LocalDate.now(ZONE);
		Map<Long, Decision> made = new HashMap<>();
		technicians.forEach(t -> made.put(t.getId(), Dispatch.check(t, focus, day)));
		decisions = made;
	}

	private static String required(ServiceOrder order) {
		String kinds = Dispatch.required(order).stream().map(Labels::of).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return kinds.isEmpty() ? Messages.noLicenceNeeded : kinds;
	}

	/** The technicians on the board now, top to bottom (for tests). */
	public List<String> shownTechnicians() {
		List<String> names = new ArrayList<>();
		for (Object element : (Object[]) viewer.getInput()) {
			names.add(((Party) element).getDisplayName());
		}
		return names;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(onSelection);
		OrderChanges.removeListener(onChange);
		super.dispose();
	}
}
