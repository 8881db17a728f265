package org.techserv.library.ui.internal.circulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.techserv.library.circulation.Circulation;
import org.techserv.library.circulation.Loan;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/** Loans past their due date, longest overdue first, read again whenever the view is brought forward. */
public final class OverdueView extends ViewPart {

	public static final String ID = "org.techserv.library.ui.views.overdueLoans"; //$NON-NLS-1$
	public static final String KEY_TABLE = "overdue.table"; //$NON-NLS-1$
	public static final String KEY_COUNT = "overdue.count"; //$NON-NLS-1$
	/** Enough for a small library's desk; the count says when there are more. */
	static final int LIMIT = 1000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	private Circulation circulation;
	private TableViewer table;
	private Label count;
	private LocalDate today;

	@Override
	public void createPartControl(Composite parent) {
		circulation = DeskServices.circulation(getSite());
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		count = new Label(parent, SWT.NONE);
		count.setData(WorkbenchIds.WIDGET_KEY, KEY_COUNT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setData(WorkbenchIds.WIDGET_KEY, KEY_TABLE);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Loan>add(table, Messages.columnDue, 110, loan -> DATE.format(loan.due()));
		TableColumns.<Loan>add(table, Messages.columnDaysOverdue, 90,
				loan -> String.valueOf(ChronoUnit.DAYS.between(loan.due(), today)));
		TableColumns.<Loan>add(table, Messages.columnBarcode, 110, Loan::itemBarcode);
		TableColumns.<Loan>add(table, Messages.columnTitle, 320, Loan::title);
		TableColumns.<Loan>add(table, Messages.columnPatron, 180, Loan::patronName);
		TableColumns.<Loan>add(table, Messages.columnCard, 90, Loan::patronBarcode);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		Action refresh = new Action(Messages.refresh) {
			@Override
			public void run() {
				refresh();
			}
		};
		refresh.setToolTipText(Messages.refreshTooltip);
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		refresh();
	}

	/** Reads the overdue loans again. */
	public void refresh() {
		try {
			today = circulation.today();
			List<Loan> overdue = circulation.overdue(LIMIT);
			table.setInput(overdue);
			count.setText(NLS.bind(overdue.size() >= LIMIT ? Messages.overdueCountMore : Messages.overdueCount,
					overdue.size()));
		} catch (StoreException e) {
			table.setInput(List.of());
			count.setText(e.getMessage());
		}
		count.getParent().layout(true);
	}

	@Override
	public void setFocus() {
		refresh();
		table.getControl().setFocus();
	}
}
