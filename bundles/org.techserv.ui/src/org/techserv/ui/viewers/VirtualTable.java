package org.techserv.ui.viewers;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A virtual table for lists of any length, from a million rows down to none, built by the caller's recipe.
 * <p>
 * SWT on GTK adds and removes the rows of a virtual table one by one on the UI thread. Adding is about a
 * microsecond a row ({@link GrowingItemCount} gives a long list in steps); removing is slower and grows worse than
 * linearly with the rows left: a million rows cut to 2 000 took 9.5 s, to 300 000 more than a minute, while the
 * window did not answer. So when a list loses more than {@value #REBUILD_ABOVE} rows this throws the table away
 * (disposing one of a million rows takes milliseconds) and builds a fresh one from the recipe. Column widths and
 * order, focus and selection listeners carry over; the selection itself goes with its rows.
 * <p>
 * It is the selection provider to give the part's site: it answers for whichever table is current.
 */
public final class VirtualTable implements IPostSelectionProvider {

	/** Rows removed one by one at most; about 15 ms' worth, where a fresh table costs a few. */
	static final int REBUILD_ABOVE = 5_000;

	private final Composite holder;
	private final int style;
	private final Consumer<TableViewer> recipe;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postSelectionListeners = new ListenerList<>();
	private TableViewer viewer;
	private GrowingItemCount rows;

	/**
	 * @param parent where the table goes; give {@link #control()} its layout data
	 * @param style  the table's style ({@code SWT.VIRTUAL} is added)
	 * @param recipe sets up each new viewer: columns, content and label providers, listeners, widget keys. It is
	 *               run again for every fresh table, so it must use the viewer it is given
	 */
	public VirtualTable(Composite parent, int style, Consumer<TableViewer> recipe) {
		holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new FillLayout());
		this.style = style | SWT.VIRTUAL;
		this.recipe = recipe;
		build();
	}

	/** The control to lay out in the parent. */
	public Control control() {
		return holder;
	}

	/** The current viewer; a later {@link #setItemCount} may replace it, so do not keep it. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The current table; a later {@link #setItemCount} may replace it, so do not keep it. */
	public Table table() {
		return viewer.getTable();
	}

	public boolean isDisposed() {
		return holder.isDisposed();
	}

	/**
	 * Makes the table show {@code count} rows, asking the recipe's content provider for them as they come on
	 * screen: a long list shows its first screens at once and grows over the next UI turns; a list much shorter
	 * than the current one gets a fresh table. On the UI thread.
	 */
	public void setItemCount(int count) {
		if (table().getItemCount() - count > REBUILD_ABOVE) {
			rebuild();
		}
		rows.set(count);
	}

	/** The number of rows the table has, or grows to. */
	public int target() {
		return rows.target();
	}

	/** Whether the table has all the rows it was given. */
	public boolean complete() {
		return rows.complete();
	}

	private void build() {
		viewer = new TableViewer(holder, style);
		recipe.accept(viewer);
		viewer.addSelectionChangedListener(e -> fire(selectionListeners, e.getSelection()));
		viewer.addPostSelectionChangedListener(e -> fire(postSelectionListeners, e.getSelection()));
		rows = new GrowingItemCount(viewer);
	}

	private void rebuild() {
		Table old = table();
		int[] widths = new int[old.getColumnCount()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = old.getColumn(i).getWidth();
		}
		int[] order = old.getColumnOrder();
		boolean focused = old.isFocusControl();
		boolean selected = old.getSelectionCount() > 0;
		old.dispose();
		build();
		Table table = table();
		if (table.getColumnCount() == widths.length) {
			TableColumn[] columns = table.getColumns();
			for (int i = 0; i < widths.length; i++) {
				columns[i].setWidth(widths[i]);
			}
			table.setColumnOrder(order);
		}
		holder.layout(true);
		if (focused) {
			table.setFocus();
		}
		if (selected) {
			fire(selectionListeners, StructuredSelection.EMPTY);
			fire(postSelectionListeners, StructuredSelection.EMPTY);
		}
	}

	private void fire(ListenerList<ISelectionChangedListener> listeners, ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postSelectionListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postSelectionListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return viewer.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		viewer.setSelection(selection);
	}
}
