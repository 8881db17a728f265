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
import org.eclipse.swt.custom.StackLayout;
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
 * window did not answer. Throwing the table away is faster but not free either (GTK frees every row: about 1.4 s
 * for a million rows of seven columns). So when a list loses more than {@value #REBUILD_ABOVE} rows, this shows
 * another table instead: the one it keeps in reserve when its row count is near, else a fresh one from the recipe.
 * The larger of the two tables it no longer shows stays in reserve, hidden, and the smaller is disposed. A search
 * that narrows a long list and is then cleared swaps two tables and sets no rows at all.
 * <p>
 * Column widths and order, focus and selection listeners carry over; the selection itself goes with its rows. It
 * is the selection provider to give the part's site: it answers for whichever table is shown.
 */
public final class VirtualTable implements IPostSelectionProvider {

	/** Rows removed one by one at most; about 15 ms' worth, where a fresh table costs a few. */
	static final int REBUILD_ABOVE = 5_000;

	/** A table with the growth of its row count. */
	private record Shown(TableViewer viewer, GrowingItemCount rows) {

		Table table() {
			return viewer.getTable();
		}

		int count() {
			return viewer.getTable().getItemCount();
		}
	}

	private final Composite holder;
	private final StackLayout stack = new StackLayout();
	private final int style;
	private final Consumer<TableViewer> recipe;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postSelectionListeners = new ListenerList<>();
	private Shown current;
	/** Hidden, kept for a list of about its length; null when there is none. */
	private Shown reserve;

	/**
	 * @param parent where the table goes; give {@link #control()} its layout data
	 * @param style  the table's style ({@code SWT.VIRTUAL} is added)
	 * @param recipe sets up each new viewer: columns, content and label providers, listeners, widget keys. It is
	 *               run again for every fresh table, so it must use the viewer it is given
	 */
	public VirtualTable(Composite parent, int style, Consumer<TableViewer> recipe) {
		holder = new Composite(parent, SWT.NONE);
		holder.setLayout(stack);
		this.style = style | SWT.VIRTUAL;
		this.recipe = recipe;
		current = build();
		stack.topControl = current.table();
	}

	/** The control to lay out in the parent. */
	public Control control() {
		return holder;
	}

	/** The table shown; a later {@link #showRows} may show another, so do not keep it. */
	public Table table() {
		return current.table();
	}

	public boolean isDisposed() {
		return holder.isDisposed();
	}

	/**
	 * Shows a new list of {@code count} rows, each asked for again from the recipe's content provider as it comes
	 * on screen: a long list shows its first screens at once and grows over the next UI turns; a list much shorter
	 * than the one shown, or much longer when the reserve is as long, shows in the other table. On the UI thread.
	 */
	public void showRows(int count) {
		int now = current.count();
		boolean cut = now - count > REBUILD_ABOVE;
		boolean longer = count - now > REBUILD_ABOVE;
		if (reserve != null && (cut || longer) && fits(reserve.count(), count)) {
			show(reserve);
		} else if (cut) {
			show(build());
		} else {
			current.table().clearAll();
		}
		current.rows().set(count);
	}

	/** Whether the table has all the rows it was given. */
	public boolean complete() {
		return current.rows().complete();
	}

	/** Whether a table of {@code rows} rows gets to {@code count} with few rows removed and fewer added than now. */
	private boolean fits(int rows, int count) {
		return rows >= count && rows - count <= REBUILD_ABOVE
				|| rows < count && count - rows < count - current.count();
	}

	private Shown build() {
		TableViewer viewer = new TableViewer(holder, style);
		recipe.accept(viewer);
		viewer.addSelectionChangedListener(e -> {
			if (current != null && e.getSelectionProvider() == current.viewer()) {
				fire(selectionListeners, e.getSelection());
			}
		});
		viewer.addPostSelectionChangedListener(e -> {
			if (current != null && e.getSelectionProvider() == current.viewer()) {
				fire(postSelectionListeners, e.getSelection());
			}
		});
		return new Shown(viewer, new GrowingItemCount(viewer));
	}

	/** Shows {@code next} in place of the current table; the larger of that and the reserve stays in reserve. */
	private void show(Shown next) {
		Shown shown = current;
		Table from = shown.table();
		Table to = next.table();
		if (from.getColumnCount() == to.getColumnCount()) {
			TableColumn[] columns = to.getColumns();
			for (int i = 0; i < columns.length; i++) {
				columns[i].setWidth(from.getColumn(i).getWidth());
			}
			to.setColumnOrder(from.getColumnOrder());
		}
		boolean focused = from.isFocusControl();
		boolean selected = from.getSelectionCount() > 0;
		shown.rows().set(shown.count()); // stops its growth: hidden, it stays as long as it is
		from.deselectAll();
		Shown kept = next == reserve ? null : reserve;
		if (kept != null && kept.count() > shown.count()) {
			reserve = kept;
			from.dispose();
		} else {
			reserve = shown;
			if (kept != null) {
				kept.table().dispose();
			}
		}
		current = next;
		to.deselectAll();
		to.clearAll(); // a reserve's rows were another list's
		stack.topControl = to;
		holder.layout(true);
		if (focused) {
			to.setFocus();
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
		return current.viewer().getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		current.viewer().setSelection(selection);
	}
}
