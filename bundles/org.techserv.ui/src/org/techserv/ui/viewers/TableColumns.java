package org.techserv.ui.viewers;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Adds a text column to a table viewer: title, width, the cell's text and (optionally) its background. */
public final class TableColumns {

	private TableColumns() {
	}

	public static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text) {
		add(viewer, title, width, text, row -> null);
	}

	public static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text,
			Function<T, Color> background) {
		add(viewer, title, width, text, background, row -> null);
	}

	/** A column whose cells may also have their own text colour (problems in red). */
	@SuppressWarnings("unchecked")
	public static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text,
			Function<T, Color> background, Function<T, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = element == null ? null : text.apply((T) element);
				return value == null ? "" : value; //$NON-NLS-1$
			}

			@Override
			public Color getBackground(Object element) {
				return element == null ? null : background.apply((T) element);
			}

			@Override
			public Color getForeground(Object element) {
				return element == null ? null : foreground.apply((T) element);
			}
		});
	}
}
