package org.techserv.equipment.report.internal;

import java.io.IOException;

import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.TrainingSession;

/** Who was trained on what, for how long, and who signed for the customer. */
public final class TrainingSection {

	private TrainingSection() {
	}

	public static void write(PageFlow flow, ServiceOrder order, Formats formats) throws IOException {
		TrainingSession training = order.getTraining();
		if (training == null) {
			return;
		}
		flow.heading(Messages.trainingHeading);
		new Fields(flow).add(Messages.attendees, String.join(", ", training.getAttendees())) //$NON-NLS-1$
				.add(Messages.topics, bullets(training))
				.add(Messages.duration, training.getDurationMinutes() > 0 ? formats.duration(training.getDurationMinutes()) : null)
				.add(Messages.customerSignedBy, training.getCustomerSignedBy())
				.add(Messages.customerSignedOn, formats.date(training.getCustomerSignedOn()))
				.end();
	}

	private static String bullets(TrainingSession training) {
		StringBuilder text = new StringBuilder();
		for (String topic : training.getTopics()) {
			if (topic != null && !topic.isBlank()) {
				text.append(text.isEmpty() ? "" : "\n").append("\u2022 ").append(topic.strip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return text.toString();
	}
}
