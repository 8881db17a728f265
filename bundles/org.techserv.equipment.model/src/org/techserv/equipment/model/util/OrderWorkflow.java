package org.techserv.equipment.model.util;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceOrder;

/**
 * The life of a service order: new → scheduled → dispatched → in progress ↔ on hold → completed → closed, and
 * cancelled from any open status. Anything else is refused with a message naming both statuses.
 */
public final class OrderWorkflow {

	private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
			OrderStatus.NEW, EnumSet.of(OrderStatus.SCHEDULED, OrderStatus.CANCELLED),
			OrderStatus.SCHEDULED, EnumSet.of(OrderStatus.DISPATCHED, OrderStatus.NEW, OrderStatus.CANCELLED),
			OrderStatus.DISPATCHED, EnumSet.of(OrderStatus.IN_PROGRESS, OrderStatus.SCHEDULED, OrderStatus.CANCELLED),
			OrderStatus.IN_PROGRESS, EnumSet.of(OrderStatus.ON_HOLD, OrderStatus.COMPLETED, OrderStatus.CANCELLED),
			OrderStatus.ON_HOLD, EnumSet.of(OrderStatus.IN_PROGRESS, OrderStatus.CANCELLED),
			OrderStatus.COMPLETED, EnumSet.of(OrderStatus.CLOSED, OrderStatus.IN_PROGRESS),
			OrderStatus.CLOSED, EnumSet.noneOf(OrderStatus.class),
			OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));

	private OrderWorkflow() {
	}

	/** The order's status, or null when its status code is not one of {@link OrderStatus}. */
	public static OrderStatus status(ServiceOrder order) {
		return order.getStatus() == null ? null : OrderStatus.get(order.getStatus());
	}

	/** Where an order in {@code from} may go next. */
	public static Set<OrderStatus> next(OrderStatus from) {
		Set<OrderStatus> next = NEXT.get(from);
		return next == null || next.isEmpty() ? EnumSet.noneOf(OrderStatus.class) : EnumSet.copyOf(next);
	}

	public static boolean allowed(OrderStatus from, OrderStatus to) {
		return NEXT.getOrDefault(from, Set.of()).contains(to);
	}

	/**
	 * Why the move is refused, or null when allowed. Completing also needs the customer's sign-off; closing needs a
	 * completed order.
	 */
	public static String refusal(ServiceOrder order, OrderStatus to) {
		OrderStatus from = status(order);
		if (from == null) {
			return NLS.bind(Messages.unknownStatus, order.getStatus());
		}
		if (!allowed(from, to)) {
			return NLS.bind(Messages.illegalTransition, new Object[] { order.getNumber(), label(from), label(to) });
		}
		if (to == OrderStatus.COMPLETED && order.getSignOff() == null) {
			return NLS.bind(Messages.signOffRequired, order.getNumber());
		}
		return null;
	}

	/**
	 * Why a saved order may not go from {@code from} (its stored status) to the status it now has, or null when
	 * allowed; a new order ({@code from} null) starts as new.
	 */
	public static String refusal(OrderStatus from, ServiceOrder changed) {
		OrderStatus to = status(changed);
		if (to == null) {
			return NLS.bind(Messages.unknownStatus, changed.getStatus());
		}
		if (from == null) {
			return to == OrderStatus.NEW ? null : NLS.bind(Messages.newOrderStatus, changed.getNumber(), label(to));
		}
		if (from == to) {
			return null;
		}
		if (!allowed(from, to)) {
			return NLS.bind(Messages.illegalTransition, new Object[] { changed.getNumber(), label(from), label(to) });
		}
		if (to == OrderStatus.COMPLETED && changed.getSignOff() == null) {
			return NLS.bind(Messages.signOffRequired, changed.getNumber());
		}
		return null;
	}

	/** "in progress" for IN_PROGRESS, in the user's language. */
	public static String label(OrderStatus status) {
		return switch (status) {
		case NEW -> Messages.status_NEW;
		case SCHEDULED -> Messages.status_SCHEDULED;
		case DISPATCHED -> Messages.status_DISPATCHED;
		case IN_PROGRESS -> Messages.status_IN_PROGRESS;
		case ON_HOLD -> Messages.status_ON_HOLD;
		case COMPLETED -> Messages.status_COMPLETED;
		case CLOSED -> Messages.status_CLOSED;
		case CANCELLED -> Messages.status_CANCELLED;
		};
	}

	/** Open orders still need work: not completed, closed or cancelled. */
	public static boolean isOpen(OrderStatus status) {
		return status != OrderStatus.COMPLETED && status != OrderStatus.CLOSED && status != OrderStatus.CANCELLED;
	}
}
