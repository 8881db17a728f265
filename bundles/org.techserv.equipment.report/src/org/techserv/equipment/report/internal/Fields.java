package org.techserv.equipment.report.internal;

import java.io.IOException;
import java.util.List;

import org.techserv.equipment.report.internal.Table.Cell;
import org.techserv.equipment.report.internal.Table.Column;

/** Label and value lines: the label in bold on the left, the value wrapped beside it. */
public final class Fields {

	private final PageFlow flow;
	private final Table table;

	public Fields(PageFlow flow) {
		this.flow = flow;
		this.table = Table.plain(flow, List.of(Column.left(null, 0.27f), Column.left(null, 0.73f)));
	}

	/** A line; an empty value shows as a dash. */
	public Fields add(String label, String value) throws IOException {
		return add(label, value, flow.body());
	}

	public Fields add(String label, String value, TextStyle style) throws IOException {
		table.row(new Cell(label, flow.strong()), new Cell(Formats.orNone(value), style));
		return this;
	}

	/** A line only when there is a value. */
	public Fields addIfPresent(String label, String value) throws IOException {
		return value == null || value.isBlank() ? this : add(label, value);
	}

	public void end() {
		table.end();
	}
}
