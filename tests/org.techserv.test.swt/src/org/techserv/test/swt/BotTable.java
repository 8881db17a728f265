package org.techserv.test.swt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A table; rows and columns count from 0. */
public class BotTable extends AbstractBotWidget<Table> {

	public BotTable(Table table) {
		super(table);
	}

	public int rowCount() {
		return UIThread.syncExec(widget::getItemCount);
	}

	public List<String> columns() {
		return UIThread.syncExec(() -> {
			List<String> names = new ArrayList<>();
			for (TableColumn column : widget.getColumns()) {
				names.add(column.getText());
			}
			return names;
		});
	}

	/** The text of a cell; for a virtual table the row is materialised first. */
	public String cell(int row, int column) {
		return UIThread.syncExec(() -> item(row).getText(column));
	}

	/** The text of a cell in the column with the given header. */
	public String cell(int row, String column) {
		return cell(row, columnIndex(column));
	}

	/**
	 * The cells of the column with the given header that read one of {@code texts}, top to bottom: which of the
	 * texts the table shows and in what order, read in one go so that a refresh cannot come between two rows.
	 */
	public List<String> cellsAmong(String column, Collection<String> texts) {
		int index = columnIndex(column);
		return UIThread.syncExec(() -> {
			List<String> shown = new ArrayList<>();
			for (int i = 0; i < widget.getItemCount(); i++) {
				String cell = widget.getItem(i).getText(index);
				if (texts.contains(cell)) {
					shown.add(cell);
				}
			}
			return shown;
		});
	}

	/** The index of the first row whose column {@code column} reads {@code text}, or -1. */
	public int indexOf(String text, int column) {
		return UIThread.syncExec(() -> {
			for (int i = 0; i < widget.getItemCount(); i++) {
				if (text.equals(widget.getItem(i).getText(column))) {
					return i;
				}
			}
			return -1;
		});
	}

	public boolean containsItem(String text) {
		return UIThread.syncExec(() -> {
			for (TableItem item : widget.getItems()) {
				for (int c = 0; c < Math.max(1, widget.getColumnCount()); c++) {
					if (text.equals(item.getText(c))) {
						return true;
					}
				}
			}
			return false;
		});
	}

	/** Selects a row as a click would (selection listeners run). */
	public BotTable select(int row) {
		UIThread.syncExec(() -> {
			widget.setFocus();
			widget.setSelection(row);
			fire(SWT.Selection, row);
		});
		return this;
	}

	/** Double-clicks a row: the default selection (open) action. */
	public BotTable doubleClick(int row) {
		select(row);
		UIThread.asyncExec(() -> fire(SWT.DefaultSelection, row));
		return this;
	}

	public int selectionIndex() {
		return UIThread.syncExec(widget::getSelectionIndex);
	}

	private int columnIndex(String column) {
		int index = columns().indexOf(column);
		if (index < 0) {
			throw new WidgetNotFoundException("no column '" + column + "' in " + describe() + "; columns: " + columns()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return index;
	}

	private TableItem item(int row) {
		int count = widget.getItemCount();
		if (row < 0 || row >= count) {
			throw new IndexOutOfBoundsException("row " + row + " of " + count + " in " + WidgetText.describe(widget)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return widget.getItem(row);
	}

	private void fire(int type, int row) {
		if (widget.isDisposed()) {
			return;
		}
		Event event = new Event();
		event.item = item(row);
		event.widget = widget;
		widget.notifyListeners(type, event);
	}
}
