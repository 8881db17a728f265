package org.techserv.equipment.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.util.OrderWorkflow;

/** Only the allowed status moves of a service order. */
class OrderWorkflowTest {

	@Test
	void theHappyPathIsAllowed() {
		OrderStatus[] path = { OrderStatus.NEW, OrderStatus.SCHEDULED, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS,
				OrderStatus.ON_HOLD, OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED, OrderStatus.CLOSED };
		for (int i = 1; i < path.length; i++) {
			assertTrue(OrderWorkflow.allowed(path[i - 1], path[i]), path[i - 1] + " -> " + path[i]);
		}
	}

	@Test
	void everyOpenStatusCanBeCancelledButNotAClosedOne() {
		for (OrderStatus open : EnumSet.of(OrderStatus.NEW, OrderStatus.SCHEDULED, OrderStatus.DISPATCHED,
				OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD)) {
			assertTrue(OrderWorkflow.allowed(open, OrderStatus.CANCELLED), open.getName());
		}
		assertFalse(OrderWorkflow.allowed(OrderStatus.CLOSED, OrderStatus.CANCELLED));
		assertTrue(OrderWorkflow.next(OrderStatus.CANCELLED).isEmpty());
	}

	@Test
	void anIllegalJumpIsRefusedNamingBothStatuses() {
		ServiceOrder order = Shop.order(ServiceKind.REPAIR, Shop.splitAirConditioner());

		assertEquals("Status: order SO-2026-0001 cannot go from new to completed.",
				OrderWorkflow.refusal(order, OrderStatus.COMPLETED));
		assertEquals("Status: order SO-2026-0001 cannot go from new to in progress.",
				OrderWorkflow.refusal(order, OrderStatus.IN_PROGRESS));
		assertNull(OrderWorkflow.refusal(order, OrderStatus.SCHEDULED));
	}

	@Test
	void completingNeedsTheCustomersSignOff() {
		ServiceOrder order = Shop.order(ServiceKind.REPAIR, Shop.splitAirConditioner());
		order.setStatus(OrderStatus.IN_PROGRESS.getName());

		assertEquals("Status: order SO-2026-0001 needs the customer's sign-off before it is completed.",
				OrderWorkflow.refusal(order, OrderStatus.COMPLETED));

		order.setSignOff(Shop.EQUIPMENT.createSignOff());
		assertNull(OrderWorkflow.refusal(order, OrderStatus.COMPLETED));
	}
}
