package org.techserv.equipment.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techserv.model.core.QualificationKind.ELECTRICIAN;
import static org.techserv.model.core.QualificationKind.HEATING_COOLING;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.util.Dispatch;
import org.techserv.equipment.model.util.Dispatch.Decision;
import org.techserv.equipment.model.util.Dispatch.Verdict;
import org.techserv.model.core.Person;

/** Licence-aware dispatch: who may take which order on which day, and why not. */
class DispatchTest {

	private static final LocalDate VISIT = LocalDate.of(2026, 12, 10);
	private final ServiceOrder installation = Shop.order(ServiceKind.INSTALLATION, Shop.splitAirConditioner());

	@Test
	void installingNeedsTheModelsInstallListRepairingItsRepairList() {
		assertEquals(EnumSet.of(ELECTRICIAN, HEATING_COOLING), Dispatch.required(installation));
		ServiceOrder repair = Shop.order(ServiceKind.REPAIR, Shop.splitAirConditioner());
		assertEquals(EnumSet.of(HEATING_COOLING), Dispatch.required(repair));
		assertTrue(Dispatch.required(Shop.order(ServiceKind.TRAINING, Shop.splitAirConditioner())).isEmpty());
	}

	@Test
	void aTechnicianWithEveryValidLicenceMayTakeTheOrder() {
		Person agus = Shop.technician("Wibowo", LocalDate.of(2027, 6, 30), ELECTRICIAN, HEATING_COOLING);

		Decision decision = Dispatch.check(agus, installation, VISIT);

		assertEquals(Verdict.ELIGIBLE, decision.verdict());
		assertTrue(decision.reasons().isEmpty());
	}

	@Test
	void aMissingLicenceRefusesNamingIt() {
		Person budi = Shop.technician("Santoso", LocalDate.of(2027, 6, 30), ELECTRICIAN);

		Decision decision = Dispatch.check(budi, installation, VISIT);

		assertEquals(Verdict.REFUSED, decision.verdict());
		assertEquals(List.of("Santoso holds no heating cooling licence, which this order needs."), decision.reasons());
	}

	@Test
	void aLicenceIsValidThroughItsLastDayAndRefusesTheDayAfter() {
		Person lastDay = Shop.technician("Rahayu", VISIT, ELECTRICIAN, HEATING_COOLING);
		assertTrue(Dispatch.check(lastDay, installation, VISIT).allowed(), "valid on its last day");

		Person expired = Shop.technician("Rahayu", VISIT.minusDays(1), ELECTRICIAN, HEATING_COOLING);
		Decision decision = Dispatch.check(expired, installation, VISIT);
		assertEquals(Verdict.REFUSED, decision.verdict());
		assertEquals("Rahayu's electrician licence EL-1 expired on 2026-12-09, before the visit on 2026-12-10.",
				decision.reasons().get(0));
		assertEquals(2, decision.reasons().size(), "both expired licences are named");
	}

	@Test
	void aLicenceExpiringWithinThirtyDaysWarnsButAllows() {
		Person thirty = Shop.technician("Lestari", VISIT.plusDays(30), ELECTRICIAN, HEATING_COOLING);
		Decision warned = Dispatch.check(thirty, installation, VISIT);
		assertEquals(Verdict.WARNING, warned.verdict());
		assertTrue(warned.allowed());
		assertEquals("Lestari's electrician licence EL-1 expires on 2027-01-09, 30 days after the visit: renew it soon.",
				warned.reasons().get(0));

		Person thirtyOne = Shop.technician("Lestari", VISIT.plusDays(31), ELECTRICIAN, HEATING_COOLING);
		assertEquals(Verdict.ELIGIBLE, Dispatch.check(thirtyOne, installation, VISIT).verdict());
	}

	@Test
	void someoneWithoutATechnicianRoleIsRefused() {
		Person clerk = Shop.CORE.createPerson();
		clerk.setFamilyName("Kusuma");

		Decision decision = Dispatch.check(clerk, installation, VISIT);

		assertFalse(decision.allowed());
		assertEquals(List.of("Kusuma is not a technician."), decision.reasons());
	}

	@Test
	void overlappingVisitsOfOneTechnicianAreDoubleBookings() {
		Person agus = Shop.technician("Wibowo", LocalDate.of(2027, 6, 30), ELECTRICIAN);
		Person siti = Shop.technician("Rahayu", LocalDate.of(2027, 6, 30), ELECTRICIAN);
		var morning = Shop.visit(agus, "2026-12-10T02:00:00Z", "2026-12-10T04:00:00Z");
		var overlapping = Shop.visit(agus, "2026-12-10T03:30:00Z", "2026-12-10T05:00:00Z");
		var backToBack = Shop.visit(agus, "2026-12-10T05:00:00Z", "2026-12-10T06:00:00Z");
		var someoneElse = Shop.visit(siti, "2026-12-10T02:00:00Z", "2026-12-10T04:00:00Z");

		var clashes = Dispatch.doubleBookings(List.of(backToBack, someoneElse, overlapping, morning));

		assertEquals(1, clashes.size(), "only the overlap of the same technician: " + clashes);
		assertEquals(morning, clashes.get(0).first());
		assertEquals(overlapping, clashes.get(0).second());
	}
}
