package org.techserv.equipment.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.util.Enumerator;
import org.techserv.equipment.model.EquipmentStatus;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.model.util.OrderWorkflow;
import org.techserv.model.core.Priority;
import org.techserv.model.core.QualificationKind;

/** Words for enumeration values and times as the screens show them. */
public final class Labels {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"); //$NON-NLS-1$

	private Labels() {
	}

	/** IN_PROGRESS becomes "In progress", in the user's language. */
	public static String of(Enumerator value) {
		return switch (value) {
		case null -> ""; //$NON-NLS-1$
		case QualificationKind kind -> Dispatch.kindLabel(kind);
		case OrderStatus status -> capitalised(OrderWorkflow.label(status));
		case ServiceKind kind -> switch (kind) {
			case INSTALLATION -> Messages.kind_INSTALLATION;
			case TRAINING -> Messages.kind_TRAINING;
			case DIAGNOSTIC_VISIT -> Messages.kind_DIAGNOSTIC_VISIT;
			case REPAIR -> Messages.kind_REPAIR;
			case PREVENTIVE_MAINTENANCE -> Messages.kind_PREVENTIVE_MAINTENANCE;
		};
		case Priority priority -> switch (priority) {
			case LOW -> Messages.priority_LOW;
			case NORMAL -> Messages.priority_NORMAL;
			case HIGH -> Messages.priority_HIGH;
			case URGENT -> Messages.priority_URGENT;
		};
		case EquipmentStatus status -> switch (status) {
			case SOLD -> Messages.equipment_SOLD;
			case INSTALLED -> Messages.equipment_INSTALLED;
			case OUT_OF_SERVICE -> Messages.equipment_OUT_OF_SERVICE;
			case DECOMMISSIONED -> Messages.equipment_DECOMMISSIONED;
		};
		// an enumeration the screens have no words for yet
		default -> capitalised(value.getName().toLowerCase().replace('_', ' '));
		};
	}

	private static String capitalised(String words) {
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public static String time(Instant instant) {
		return instant == null ? "" : TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault())); //$NON-NLS-1$
	}

	public static String dayTime(Instant instant) {
		return instant == null ? "" : DAY_TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault())); //$NON-NLS-1$
	}
}
