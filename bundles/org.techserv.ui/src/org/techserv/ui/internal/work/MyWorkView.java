package org.techserv.ui.internal.work;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;
import org.techserv.model.core.Priority;
import org.techserv.store.Database;
import org.techserv.store.StoreEvents;
import org.techserv.store.StoreException;
import org.techserv.ui.forms.FormFields;
import org.techserv.ui.work.MyWorkIds;
import org.techserv.ui.work.WorkEntryOpener;
import org.techserv.work.ContributedProvider;
import org.techserv.work.CurrentStaff;
import org.techserv.work.QueuedEntry;
import org.techserv.work.StaffMember;
import org.techserv.work.WorkEntry;
import org.techserv.work.WorkQuery;
import org.techserv.work.WorkQueues;
import org.techserv.work.WorkQueues.Collected;

/**
 * My Work: what is assigned to me or due today, from every installed work-queue provider, due first. Keyboard
 * first: the list has the focus, Enter opens the entry's editor, F5 lists again, Tab reaches "I am". Work saved
 * anywhere in the workbench (an editor, another view, a dialog: {@link StoreEvents#WORK}) lists it again by itself,
 * once saving has paused for {@link #QUIET_MS}, keeping the selected row.
 */
public final class MyWorkView extends ViewPart {

	public static final String ID = MyWorkIds.VIEW;
	private static final String KEY_TABLE = MyWorkIds.KEY_TABLE;
	private static final String KEY_STAFF = MyWorkIds.KEY_STAFF;
	private static final String KEY_STATUS = MyWorkIds.KEY_STATUS;
	/** How long saving must pause before the list follows (an import or a batch of saves lists once). */
	static final long QUIET_MS = 400;

	private final List<ContributedProvider> providers = WorkQueues.installed();
	private Combo staffCombo;
	private Label status;
	private TableViewer table;
	/** The combo's entries after "(nobody chosen)". */
	private List<StaffMember> staff = List.of();
	private Job refreshing;
	/** The day the list was made for (the Due column says "today"). */
	private LocalDate today = LocalDate.now();
	/** When work was last saved elsewhere (System.nanoTime), for the quiet period. */
	private volatile long lastChange;
	private final Job afterChanges = Job.createSystem(Messages.listing, monitor -> {
		listAfterQuiet();
	});
	private ServiceRegistration<EventHandler> workChanged;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.iAm);
		staffCombo = FormFields.keyed(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), KEY_STAFF);
		staffCombo.setItems(Messages.notChosen);
		staffCombo.select(0);
		staffCombo.addListener(SWT.Selection, e -> chosen());
		GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(staffCombo);
		status = FormFields.keyed(new Label(parent, SWT.WRAP), KEY_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(table.getTable(), KEY_TABLE);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setComparer(SAME_WORK); // the selected row stays selected when the list comes again
		column(Messages.columnDue, 160, e -> due(e.entry()));
		column(Messages.columnPriority, 64, e -> priority(e.entry().priority()));
		column(Messages.columnKind, 120, e -> e.entry().kind());
		column(Messages.columnNumber, 100, e -> e.entry().number());
		column(Messages.columnTitle, 280, e -> e.entry().title());
		column(Messages.columnAssignee, 150, e -> e.entry().assignee() == null ? "" : e.entry().assignee()); //$NON-NLS-1$
		table.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getTable());
		table.addOpenListener(e -> open());
		table.getTable().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.F5) {
				refresh();
			}
		});
		staffCombo.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.F5) {
				refresh();
			}
		});

		Action refresh = new Action(Messages.refresh) {
			@Override
			public void run() {
				refresh();
			}
		};
		refresh.setToolTipText(Messages.refresh);
		refresh.setActionDefinitionId(IWorkbenchCommandConstants.FILE_REFRESH); // F5, as everywhere in Eclipse
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
		getSite().setSelectionProvider(table);
		getSite().getPage().addPartListener(visible);
		listenToSavedWork();
		refresh();
	}

	/** Rows are the same work when the same provider lists the same target as the same kind (its text may change). */
	private static final IElementComparer SAME_WORK = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return a instanceof QueuedEntry x && b instanceof QueuedEntry y ? key(x).equals(key(y)) : Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof QueuedEntry queued ? key(queued).hashCode() : Objects.hashCode(element);
		}

		private static List<Object> key(QueuedEntry queued) {
			return List.of(queued.source().id(), queued.entry().kind(), queued.entry().target());
		}
	};

	private void listenToSavedWork() {
		workChanged = StoreEvents.listen(StoreEvents.WORK, () -> {
			lastChange = System.nanoTime();
			afterChanges.schedule(QUIET_MS);
		});
	}

	/** After the quiet period: lists again if the view is in sight (it lists anyway when it comes into sight). */
	private void listAfterQuiet() {
		long quietFor = (System.nanoTime() - lastChange) / 1_000_000;
		if (quietFor < QUIET_MS) {
			afterChanges.schedule(QUIET_MS - quietFor); // more was saved meanwhile
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (table != null && !table.getTable().isDisposed() && getSite().getPage().isPartVisible(this)) {
				refresh();
			}
		});
	}

	/** Lists again whenever the view comes into sight (work changes while it is hidden behind another view). */
	private final IPartListener2 visible = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == MyWorkView.this && table != null && !table.getTable().isDisposed()) {
				refresh();
			}
		}
	};

	/** Lists the work again, in the background; the list shows the outcome when done. */
	public void refresh() {
		Database database = PlatformUI.getWorkbench().getService(Database.class);
		if (database == null) {
			status.setText(Messages.noDatabase);
			return;
		}
		long chosen = CurrentStaff.chosenId();
		LocalDate today = LocalDate.now();
		ZoneId zone = ZoneId.systemDefault();
		if (refreshing != null) {
			refreshing.cancel();
		}
		refreshing = Job.create(Messages.listing, monitor -> {
			List<StaffMember> people;
			try {
				people = CurrentStaff.staff(database);
			} catch (StoreException e) {
				show(List.of(), Optional.empty(), 0,
						new Collected(List.of(), List.of(e.getMessage())), today, monitor);
				return Status.OK_STATUS;
			}
			Optional<StaffMember> me = CurrentStaff.resolve(people, chosen, database.user());
			Collected work = WorkQueues.collect(providers,
					new WorkQuery(me.map(StaffMember::id).orElse(0L), today, zone, database));
			show(people, me, chosen, work, today, monitor);
			return Status.OK_STATUS;
		});
		refreshing.setSystem(true);
		refreshing.schedule();
	}

	/** Whether a listing is running (for tests waiting on the outcome). */
	public boolean refreshing() {
		return refreshing != null && refreshing.getState() != Job.NONE;
	}

	private void show(List<StaffMember> people, Optional<StaffMember> me, long chosen, Collected work, LocalDate today,
			IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (table.getTable().isDisposed()) {
				return;
			}
			showStaff(people, me, chosen);
			this.today = today;
			table.setInput(work.entries().toArray());
			if (table.getTable().getItemCount() > 0 && table.getSelection().isEmpty()) {
				table.getTable().select(0);
			}
			List<String> lines = new ArrayList<>(work.problems());
			if (me.isEmpty()) {
				lines.add(Messages.chooseYourself);
			}
			String at = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")); //$NON-NLS-1$
			lines.add(work.entries().isEmpty() ? NLS.bind(Messages.nothingToDo, at)
					: NLS.bind(Messages.listed, work.entries().size(), at));
			status.setText(String.join("\n", lines)); //$NON-NLS-1$
			status.getParent().layout(true, true);
		});
	}


	private void showStaff(List<StaffMember> people, Optional<StaffMember> me, long chosen) {
		staff = people;
		String[] items = new String[people.size() + 1];
		items[0] = Messages.notChosen;
		int selected = 0;
		for (int i = 0; i < people.size(); i++) {
			StaffMember person = people.get(i);
			boolean byLogin = me.isPresent() && me.get().id() == person.id() && chosen != person.id();
			items[i + 1] = byLogin ? NLS.bind(Messages.byLogin, person.name()) : person.name();
			if (me.isPresent() && me.get().id() == person.id()) {
				selected = i + 1;
			}
		}
		staffCombo.setItems(items);
		staffCombo.select(selected);
	}

	private void chosen() {
		int index = staffCombo.getSelectionIndex();
		CurrentStaff.choose(index <= 0 ? 0 : staff.get(index - 1).id());
		refresh();
	}

	private void open() {
		IStructuredSelection selection = table.getStructuredSelection();
		if (!(selection.getFirstElement() instanceof QueuedEntry queued)) {
			return;
		}
		try {
			queued.source().opener(WorkEntryOpener.class).open(getSite().getPage(), queued.entry());
		} catch (CoreException | RuntimeException e) {
			String message = e instanceof CoreException core ? core.getStatus().getMessage() : e.toString();
			String what = queued.entry().number().isEmpty() ? queued.entry().title() : queued.entry().number();
			StatusManager.getManager().handle(
					Status.error(NLS.bind(Messages.cannotOpen, what, message), e),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private String due(WorkEntry entry) {
		if (entry.dueDate() == null) {
			return ""; //$NON-NLS-1$
		}
		if (entry.dueDate().equals(today)) {
			return entry.dueTime() == null ? NLS.bind(Messages.today, "").strip() //$NON-NLS-1$
					: NLS.bind(Messages.today, entry.dueTime().format(DateTimeFormatter.ofPattern("HH:mm"))); //$NON-NLS-1$
		}
		String day = entry.dueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
		if (entry.dueTime() != null) {
			day += ' ' + entry.dueTime().format(DateTimeFormatter.ofPattern("HH:mm")); //$NON-NLS-1$
		}
		return entry.dueDate().isBefore(today) ? NLS.bind(Messages.overdue, day) : day;
	}

	private static String priority(Priority priority) {
		return switch (priority) {
		case LOW -> Messages.priorityLow;
		case NORMAL -> Messages.priorityNormal;
		case HIGH -> Messages.priorityHigh;
		case URGENT -> Messages.priorityUrgent;
		};
	}

	private void column(String title, int width, Function<QueuedEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((QueuedEntry) element);
			}
		});
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(visible);
		if (workChanged != null) {
			try {
				workChanged.unregister();
			} catch (IllegalStateException e) {
				// the bundle is stopping: the registration is gone already
			}
		}
		afterChanges.cancel();
		if (refreshing != null) {
			refreshing.cancel();
		}
		super.dispose();
	}
}
