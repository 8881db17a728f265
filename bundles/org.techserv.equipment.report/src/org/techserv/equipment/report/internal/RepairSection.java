package org.techserv.equipment.report.internal;

import java.io.IOException;
import java.util.List;

import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.report.internal.Table.Cell;
import org.techserv.equipment.report.internal.Table.Column;

/** Parts taken and hours worked, with totals. */
public final class RepairSection {

	private RepairSection() {
	}

	public static void write(PageFlow flow, ServiceOrder order, Formats formats) throws IOException {
		if (order.getRepairLines().isEmpty()) {
			return;
		}
		flow.heading(Messages.repairHeading);
		Table table = Table.ruled(flow, List.of(Column.left(Messages.partNumber, 0.17f),
				Column.left(Messages.part, 0.25f), Column.right(Messages.quantity, 0.08f),
				Column.right(Messages.labourHours, 0.12f), Column.left(Messages.description, 0.38f)));
		long quantity = 0;
		double hours = 0;
		for (RepairLine line : order.getRepairLines()) {
			SparePart part = line.getPart();
			table.row(new Cell(part == null ? Formats.NONE : Formats.orNone(part.getPartNumber()), flow.body()),
					new Cell(part == null ? "" : part.getName(), flow.body()), //$NON-NLS-1$
					new Cell(part == null ? "" : formats.integer(line.getQuantity()), flow.body()), //$NON-NLS-1$
					new Cell(formats.hours(line.getLabourHours()), flow.body()),
					new Cell(line.getDescription(), flow.body()));
			if (part != null) {
				quantity += line.getQuantity();
			}
			hours += line.getLabourHours();
		}
		table.row(new Cell(Messages.total, flow.strong()), null,
				new Cell(formats.integer(quantity), flow.strong()), new Cell(formats.hours(hours), flow.strong()));
		table.end();
	}
}
