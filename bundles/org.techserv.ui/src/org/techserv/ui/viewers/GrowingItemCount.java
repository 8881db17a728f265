package org.techserv.ui.viewers;

import java.util.concurrent.TimeUnit;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Table;

/**
 * Gives a virtual table a large item count in steps, so that its first rows show at once. SWT on GTK adds each row
 * of a virtual table to the native list model one by one, on the UI thread (about a microsecond a row): a million
 * rows set in one call keep the first screen from painting for a second or more. The first screens' rows are set
 * at once, the rest in steps between the UI's events: each step as many rows as take about {@value #STEP_MILLIS}
 * ms, and at least half as many as the table has, since SWT copies its array of items at each step (a dozen steps
 * to a million rows, not a hundred 4 MB arrays in a small heap). A newer count for the same table stops the
 * growth of the older one. Meanwhile the list scrolls as far as it has grown.
 */
public final class GrowingItemCount {

	/** Rows set at once: more than any screen shows, few enough to take a few milliseconds. */
	static final int FIRST = 2_000;
	static final int STEP_MILLIS = 25;
	private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(STEP_MILLIS);
	private static final int MIN_STEP = 1_000;
	private static final int MAX_STEP = 1 << 20;

	private final TableViewer viewer;
	private int target;
	/** Counts the calls to {@link #set}: a step of an older one stops. */
	private int generation;

	/** @param viewer a viewer on an {@code SWT.VIRTUAL} table */
	public GrowingItemCount(TableViewer viewer) {
		this.viewer = viewer;
	}

	/** Makes the table show {@code count} rows: fewer at once, more over the next UI turns. On the UI thread. */
	public void set(int count) {
		generation++;
		target = count;
		int now = viewer.getTable().getItemCount();
		if (count <= Math.max(now, FIRST)) {
			viewer.setItemCount(count);
			return;
		}
		if (now < FIRST) {
			viewer.setItemCount(FIRST);
		}
		growLater(generation, 10 * MIN_STEP);
	}

	/** The number of rows the table has, or grows to: what {@link #set} was last given. */
	public int target() {
		return target;
	}

	/** Whether the table has all the rows it was given. */
	public boolean complete() {
		Table table = viewer.getTable();
		return table.isDisposed() || table.getItemCount() == target;
	}

	private void growLater(int of, int step) {
		Table table = viewer.getTable();
		table.getDisplay().asyncExec(() -> {
			if (of != generation || table.isDisposed()) {
				return; // a newer count took over, or the table is gone
			}
			int now = table.getItemCount();
			int next = (int) Math.min(target, (long) now + Math.max(step, now / 2));
			long start = System.nanoTime();
			viewer.setItemCount(next);
			long took = Math.max(1, System.nanoTime() - start);
			if (next < target) {
				// as many rows as take about STEP_MILLIS on this machine
				growLater(of, (int) Math.clamp((next - now) * STEP_NANOS / took, MIN_STEP, MAX_STEP));
			}
		});
	}
}
