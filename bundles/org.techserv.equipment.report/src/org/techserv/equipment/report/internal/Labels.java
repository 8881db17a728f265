package org.techserv.equipment.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.model.core.Address;
import org.techserv.model.core.Party;

/** How orders, parties, models and addresses are named in reports and calendars. */
public final class Labels {

	private Labels() {
	}

	public static String kind(ServiceKind kind) {
		if (kind == null) {
			return Formats.NONE;
		}
		return switch (kind) {
		case INSTALLATION -> Messages.kindInstallation;
		case TRAINING -> Messages.kindTraining;
		case DIAGNOSTIC_VISIT -> Messages.kindDiagnosticVisit;
		case REPAIR -> Messages.kindRepair;
		case PREVENTIVE_MAINTENANCE -> Messages.kindPreventiveMaintenance;
		};
	}

	/** The order status (an {@link OrderStatus} name) in words; an unknown name as it is. */
	public static String status(String name) {
		OrderStatus status = name == null ? null : OrderStatus.get(name);
		if (status == null) {
			return Formats.orNone(name);
		}
		return switch (status) {
		case NEW -> Messages.statusNew;
		case SCHEDULED -> Messages.statusScheduled;
		case DISPATCHED -> Messages.statusDispatched;
		case IN_PROGRESS -> Messages.statusInProgress;
		case ON_HOLD -> Messages.statusOnHold;
		case COMPLETED -> Messages.statusCompleted;
		case CLOSED -> Messages.statusClosed;
		case CANCELLED -> Messages.statusCancelled;
		};
	}

	public static String passed(boolean passed) {
		return passed ? Messages.pass : Messages.fail;
	}

	public static String party(Party party) {
		return party == null ? Formats.NONE : Formats.orNone(party.getDisplayName());
	}

	/** "Daikin FTKC35 — Split air conditioner 1.5 PK". */
	public static String model(EquipmentModel model) {
		if (model == null) {
			return Formats.NONE;
		}
		String maker = join(" ", model.getManufacturer(), model.getModelNumber()); //$NON-NLS-1$
		return Formats.orNone(join(" \u2014 ", maker, model.getName())); //$NON-NLS-1$
	}

	/** "Jl. Asia Afrika 112, 40111 Bandung, Jawa Barat, ID", or empty without an address. */
	public static String address(Address address) {
		if (address == null) {
			return ""; //$NON-NLS-1$
		}
		String city = join(" ", address.getPostalCode(), address.getCity()); //$NON-NLS-1$
		return join(", ", address.getStreet(), city, address.getRegion(), address.getCountry()); //$NON-NLS-1$
	}

	/** The parts that are not blank, separated. */
	public static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part.strip());
			}
		}
		return String.join(separator, present);
	}
}
