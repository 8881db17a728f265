package org.techserv.equipment.report.internal;

import java.io.IOException;
import java.util.List;

import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.Visit;
import org.techserv.equipment.report.internal.Table.Cell;
import org.techserv.equipment.report.internal.Table.Column;

/** Who came when: technician, time window, travel note. */
public final class VisitsSection {

	private VisitsSection() {
	}

	public static void write(PageFlow flow, ServiceOrder order, Formats formats) throws IOException {
		flow.heading(Messages.visitsHeading);
		if (order.getVisits().isEmpty()) {
			flow.paragraph(Messages.noVisits, flow.body());
			return;
		}
		Table table = Table.ruled(flow, List.of(Column.left(Messages.technician, 0.28f),
				Column.left(Messages.time, 0.34f), Column.left(Messages.travelNote, 0.38f)));
		for (Visit visit : order.getVisits()) {
			table.row(new Cell(Labels.party(visit.getTechnician()), flow.body()),
					new Cell(formats.window(visit.getStart(), visit.getEnd()), flow.body()),
					new Cell(visit.getTravelNote(), flow.body()));
		}
		table.end();
	}
}
