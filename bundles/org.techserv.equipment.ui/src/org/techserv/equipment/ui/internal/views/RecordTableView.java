package org.techserv.equipment.ui.internal.views;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.store.StoreException;
import org.techserv.workbench.WorkbenchIds;

/**
 * A view listing records of one kind in a table with a find-as-you-type filter, read in the background and again
 * whenever orders (and so equipment, stock and schedules) change. Lists here are hundreds of rows, not millions.
 *
 * @param <T> the records listed
 */
abstract class RecordTableView<T> extends ViewPart {

	protected TableViewer viewer;
	private Text filter;
	private final LongConsumer onChange = id -> reload();

	/** Reads the records (off the UI thread). */
	protected abstract List<T> load() throws StoreException;

	/** Adds the columns. */
	protected abstract void columns();

	/** The text the filter matches against. */
	protected abstract String searchText(T record);

	protected abstract String key();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.filterHint);
		filter.setData(WorkbenchIds.WIDGET_KEY, key() + ".filter"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setData(WorkbenchIds.WIDGET_KEY, key() + ".table"); //$NON-NLS-1$
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		columns();
		viewer.addFilter(new ViewerFilter() {
			@Override
			@SuppressWarnings("unchecked")
			public boolean select(Viewer v, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase();
				return wanted.isEmpty() || searchText((T) element).toLowerCase().contains(wanted);
			}
		});
		filter.addListener(SWT.Modify, e -> viewer.refresh());
		filter.addListener(SWT.DefaultSelection, e -> viewer.getTable().setFocus());
		getSite().setSelectionProvider(viewer);
		OrderChanges.addListener(onChange);
		reload();
	}

	public void reload() {
		Job job = Job.create(getPartName(), (IProgressMonitor monitor) -> {
			try {
				List<T> records = load();
				viewer.getTable().getDisplay().asyncExec(() -> {
					if (!viewer.getTable().isDisposed()) {
						viewer.setInput(records.toArray());
					}
				});
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	protected void column(String title, int width, Function<T, String> text) {
		column(title, width, text, r -> null);
	}

	protected void column(String title, int width, Function<T, String> text, Function<T, Color> background) {
		TableColumns.add(viewer, title, width, text, background);
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	@Override
	public void dispose() {
		OrderChanges.removeListener(onChange);
		super.dispose();
	}
}
