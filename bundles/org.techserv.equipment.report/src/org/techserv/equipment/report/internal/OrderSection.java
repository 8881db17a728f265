package org.techserv.equipment.report.internal;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.ServiceOrder;

/** The report's title, the order, the equipment it is about and the problem the customer reported. */
public final class OrderSection {

	private OrderSection() {
	}

	public static void write(PageFlow flow, ServiceOrder order, Formats formats) throws IOException {
		TextStyle title = new TextStyle(flow.strong().font(), 16f);
		flow.paragraph(NLS.bind(Messages.documentTitle, Formats.orNone(order.getNumber())), title);
		flow.gap(4f);
		new Fields(flow).add(Messages.order, order.getNumber())
				.add(Messages.kind, Labels.kind(order.getKind()))
				.add(Messages.status, Labels.status(order.getStatus()))
				.add(Messages.title, order.getTitle())
				.add(Messages.customer, Labels.party(order.getCustomer()))
				.end();

		flow.heading(Messages.equipmentHeading);
		CustomerEquipment unit = order.getEquipment();
		Fields equipment = new Fields(flow);
		if (unit == null) {
			equipment.add(Messages.model, null);
		} else {
			equipment.add(Messages.model, Labels.model(unit.getModel()))
					.add(Messages.serialNumber, unit.getSerialNumber())
					.add(Messages.site, Labels.address(unit.getSite()));
			if (unit.getInstalledOn() != null) {
				equipment.add(Messages.installedOn, formats.date(unit.getInstalledOn()));
			}
			if (unit.getWarrantyUntil() != null) {
				equipment.add(Messages.warrantyUntil, formats.date(unit.getWarrantyUntil()));
			}
		}
		equipment.end();

		if (order.getReportedProblem() != null && !order.getReportedProblem().isBlank()) {
			flow.heading(Messages.problemHeading);
			flow.paragraph(order.getReportedProblem(), flow.body());
		}
	}
}
