package org.techserv.equipment.ui.internal.views;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.util.OrderWorkflow;
import org.techserv.equipment.store.OrderFilter;
import org.techserv.equipment.store.OrderQueries;
import org.techserv.equipment.store.OrderRow;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.ui.viewers.RowBlocks;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.ui.viewers.VirtualTable;
import org.techserv.model.core.Party;
import org.techserv.model.core.StaffFunction;
import org.techserv.store.StoreException;
import org.techserv.workbench.WorkbenchIds;

/**
 * Every service order, filtered by status, kind, technician and customer, newest first. The table is virtual: it
 * holds the matching ids and reads the rows on screen in blocks, so 100,000 orders open as fast as 100. Enter or
 * a double click opens the order.
 */
public final class ServiceOrdersView extends ViewPart {

	public static final String KEY_TABLE = "orders.table"; //$NON-NLS-1$
	public static final String KEY_STATUS = "orders.status"; //$NON-NLS-1$
	public static final String KEY_KIND = "orders.kind"; //$NON-NLS-1$
	public static final String KEY_TECHNICIAN = "orders.technician"; //$NON-NLS-1$
	public static final String KEY_CUSTOMER = "orders.customer"; //$NON-NLS-1$
	public static final String KEY_COUNT = "orders.count"; //$NON-NLS-1$

	private VirtualTable table;
	/** Kept apart: a table may be replaced (and disposed) while a query runs in the background. */
	private Display display;
	private Combo status;
	private Combo kind;
	private Combo technician;
	private Text customer;
	private Label count;
	private List<Party> technicians = List.of();
	private final RowBlocks<OrderRow> rows = new RowBlocks<>(OrderQueries.BLOCK,
			(ids, from, to) -> Services.store().queries().rows(ids, from, to));
	private final LongConsumer onChange = id -> reload();

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		status = combo(filters, Messages.filterStatus, KEY_STATUS);
		status.add(Messages.filterOpen);
		status.add(Messages.filterAll);
		OrderStatus.VALUES.forEach(s -> status.add(Labels.of(s)));
		status.select(0);
		kind = combo(filters, Messages.filterKind, KEY_KIND);
		kind.add(Messages.filterAll);
		ServiceKind.VALUES.forEach(k -> kind.add(Labels.of(k)));
		kind.select(0);
		technician = combo(filters, Messages.filterTechnician, KEY_TECHNICIAN);
		technician.add(Messages.filterAnyone);
		technician.select(0);
		new Label(filters, SWT.NONE).setText(Messages.filterCustomer);
		customer = new Text(filters, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		customer.setMessage(Messages.filterCustomerHint);
		customer.setData(WorkbenchIds.WIDGET_KEY, KEY_CUSTOMER);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(customer);
		customer.addListener(SWT.Modify, e -> reload());
		count = new Label(filters, SWT.NONE);
		count.setData(WorkbenchIds.WIDGET_KEY, KEY_COUNT);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(count);

		table = new VirtualTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI, this::build);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		getSite().setSelectionProvider(table);
		OrderChanges.addListener(onChange);
		loadTechnicians();
		reload();
	}

	/** Columns, rows and the open action of a table (a fresh one when a filter narrows a long list a lot). */
	private void build(TableViewer viewer) {
		viewer.getTable().setData(WorkbenchIds.WIDGET_KEY, KEY_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		column(viewer, Messages.columnNumber, 90, r -> r.number());
		column(viewer, Messages.columnStatus, 90, r -> Labels.of(r.status()));
		column(viewer, Messages.columnKind, 130, r -> Labels.of(r.kind()));
		column(viewer, Messages.columnPriority, 70, r -> Labels.of(r.priority()));
		column(viewer, Messages.columnTitle, 300, r -> r.title());
		column(viewer, Messages.columnCustomer, 190, r -> nz(r.customer()));
		column(viewer, Messages.columnEquipment, 140, r -> nz(r.equipment()));
		column(viewer, Messages.columnTechnician, 150, r -> nz(r.technician()));
		column(viewer, Messages.columnDue, 90, r -> r.due() == null ? "" : r.due().toString()); //$NON-NLS-1$
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				OrderRow row = rows.get(index);
				if (row != null) {
					viewer.replace(row, index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// rows come from the cache
			}
		});
		viewer.addOpenListener(e -> {
			for (Object selected : ((IStructuredSelection) e.getSelection()).toList()) {
				OrderRow row = (OrderRow) selected;
				OpenOrder.open(getSite().getPage(), row.id(), row.number());
			}
		});
	}

	/** Runs the query again with the current filters (in the background; the table fills when done). */
	public void reload() {
		if (table == null || table.isDisposed()) {
			return;
		}
		OrderFilter filter = filter();
		Job job = Job.create(Messages.ordersLoading, (IProgressMonitor monitor) -> {
			try {
				long start = System.nanoTime();
				long[] ids = Services.store().queries().ids(filter);
				rows.reset(ids);
				rows.prefetch(0);
				long millis = (System.nanoTime() - start) / 1_000_000;
				display.asyncExec(() -> show(ids.length, millis));
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(int total, long millis) {
		if (table.isDisposed()) {
			return;
		}
		table.showRows(total);
		count.setText(NLS.bind(Messages.ordersCount, total));
		count.setToolTipText(NLS.bind(Messages.ordersLoaded, millis));
	}

	/** The filters as chosen now. */
	public OrderFilter filter() {
		Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
		int s = status.getSelectionIndex();
		if (s == 0) {
			OrderStatus.VALUES.stream().filter(OrderWorkflow::isOpen).forEach(statuses::add);
		} else if (s >= 2) {
			statuses.add(OrderStatus.VALUES.get(s - 2));
		}
		Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
		int k = kind.getSelectionIndex();
		if (k >= 1) {
			kinds.add(ServiceKind.VALUES.get(k - 1));
		}
		int t = technician.getSelectionIndex();
		long technicianId = t >= 1 && t - 1 < technicians.size() ? technicians.get(t - 1).getId() : 0;
		return new OrderFilter(statuses, kinds, technicianId, customer.getText());
	}

	private void loadTechnicians() {
		Job job = Job.create(Messages.ordersLoading, (IProgressMonitor monitor) -> {
			try {
				List<Party> staff = Services.parties().staff(StaffFunction.TECHNICIAN);
				display.asyncExec(() -> {
					if (technician.isDisposed()) {
						return;
					}
					technicians = staff;
					staff.forEach(p -> technician.add(p.getDisplayName()));
				});
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private Combo combo(Composite parent, String label, String key) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(WorkbenchIds.WIDGET_KEY, key);
		combo.setVisibleItemCount(12);
		combo.addListener(SWT.Selection, e -> reload());
		return combo;
	}

	private static void column(TableViewer viewer, String title, int width,
			java.util.function.Function<OrderRow, String> text) {
		TableColumns.add(viewer, title, width, text);
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	@Override
	public void setFocus() {
		table.table().setFocus();
	}

	@Override
	public void dispose() {
		OrderChanges.removeListener(onChange);
		super.dispose();
	}
}
