package org.techserv.equipment.ui.internal.work;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.store.OrderQueries;
import org.techserv.equipment.store.OrderRow;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.equipment.ui.internal.views.OpenOrder;
import org.techserv.model.core.Party;
import org.techserv.store.StoreException;
import org.techserv.ui.forms.ContributedEditorPage;
import org.techserv.ui.forms.EditorPageContext;
import org.techserv.ui.forms.FormFields;

/**
 * The customer's history, contributed to the service order editor through {@value OrderEditorPages#EXTENSION_POINT}:
 * the customer's other service orders, newest first, the same unit's marked, so the technician sees what was done
 * before (a unit back for the third time, a part that keeps failing). Enter opens an order.
 */
public final class CustomerHistoryPage implements ContributedEditorPage {

	/** Widget key of the table (for tests). */
	public static final String KEY_TABLE = "customerHistory.table"; //$NON-NLS-1$
	/** How far back the page looks. */
	static final int LIMIT = 200;

	private EditorPageContext context;
	private Label summary;
	private TableViewer table;
	private long shownCustomer = -1;
	private int shownVersion = -1;

	@Override
	public void createContent(Composite body, FormToolkit toolkit, EditorPageContext pageContext) {
		this.context = pageContext;
		summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		FormFields.keyed(table.getTable(), KEY_TABLE);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.historyNumber, 100, OrderRow::number);
		column(Messages.historyDue, 100, r -> r.due() == null ? "" //$NON-NLS-1$
				: r.due().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)));
		column(Messages.historyKind, 110, r -> Labels.of(r.kind()));
		column(Messages.historyStatus, 100, r -> Labels.of(r.status()));
		column(Messages.historyUnit, 150, this::unit);
		column(Messages.historyTechnician, 140, r -> r.technician() == null ? "" : r.technician()); //$NON-NLS-1$
		column(Messages.historyTitle, 260, OrderRow::title);
		table.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 320).applyTo(table.getTable());
		table.addOpenListener(e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof OrderRow row) {
				OpenOrder.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), row.id(),
						row.number());
			}
		});
	}

	@Override
	public void refresh() {
		ServiceOrder order = (ServiceOrder) context.edited();
		Party customer = order.getCustomer();
		long customerId = customer == null ? 0 : customer.getId();
		if (customerId == shownCustomer && order.getVersion() == shownVersion) {
			table.refresh(); // the unit may have changed: marks only
			return;
		}
		shownCustomer = customerId;
		shownVersion = order.getVersion();
		if (customerId == 0) {
			table.setInput(new Object[0]);
			summary.setText(Messages.historyNoCustomer);
			return;
		}
		try {
			OrderQueries queries = Services.store().queries();
			long[] ids = queries.idsOfCustomer(customerId, LIMIT + 1);
			List<OrderRow> rows = queries.rows(ids, 0, Math.min(ids.length, LIMIT + 1)).stream()
					.filter(r -> r.id() != order.getId()).limit(LIMIT).toList();
			table.setInput(rows.toArray());
			long sameUnit = rows.stream().filter(r -> sameUnit(r, order)).count();
			summary.setText(rows.isEmpty() ? NLS.bind(Messages.historyNone, customer.getDisplayName())
					: NLS.bind(Messages.historySummary, new Object[] { customer.getDisplayName(), rows.size(), sameUnit }));
		} catch (StoreException e) {
			context.notice(e.getMessage(), IMessageProvider.WARNING);
		}
		summary.getParent().layout(true, true);
	}

	private String unit(OrderRow row) {
		String serial = row.equipment() == null ? "" : row.equipment(); //$NON-NLS-1$
		return sameUnit(row, (ServiceOrder) context.edited()) ? NLS.bind(Messages.historyThisUnit, serial) : serial;
	}

	private static boolean sameUnit(OrderRow row, ServiceOrder order) {
		CustomerEquipment unit = order.getEquipment();
		return unit != null && row.equipment() != null && row.equipment().equals(unit.getSerialNumber());
	}

	private void column(String title, int width, Function<OrderRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((OrderRow) element);
			}
		});
	}
}
