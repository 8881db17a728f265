package org.techserv.equipment.report.internal;

import java.io.IOException;

import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;

/** The customer's acceptance of the work, or that it is still missing. */
public final class SignOffSection {

	private SignOffSection() {
	}

	public static void write(PageFlow flow, ServiceOrder order, Formats formats) throws IOException {
		flow.heading(Messages.signOffHeading);
		SignOff signOff = order.getSignOff();
		if (signOff == null) {
			flow.paragraph(Messages.notSigned, flow.strong());
			return;
		}
		new Fields(flow).add(Messages.signedBy, signOff.getSignedBy())
				.add(Messages.signedAt, formats.dateTime(signOff.getSignedAt()))
				.addIfPresent(Messages.comment, signOff.getComment())
				.end();
	}
}
