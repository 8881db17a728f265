package org.techserv.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.techserv.model.core.Address;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;

/** The core model's rules, checked by EMF's Diagnostician as editors and the store will. */
class CoreModelRulesTest {

	private final CoreFactory factory = CoreFactory.eINSTANCE;

	@Test
	void aPersonNeedsAName() {
		Person nobody = factory.createPerson();

		Diagnostic result = Diagnostician.INSTANCE.validate(nobody);

		assertEquals(Diagnostic.ERROR, result.getSeverity());
		Diagnostic problem = only(result);
		assertEquals("Name: enter a given name or a family name.", problem.getMessage());
		assertSame(nobody, problem.getData().get(0), "the problem names the object");
		assertSame(CorePackage.Literals.PERSON__FAMILY_NAME, problem.getData().get(1), "and the field");

		nobody.setGivenName("Siti");
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(nobody).getSeverity());
		assertEquals("Siti", nobody.getDisplayName());
		nobody.setFamilyName("Rahayu");
		assertEquals("Siti Rahayu", nobody.getDisplayName());
	}

	@Test
	void textLongerThanItsTypeAllowsIsRefused() {
		Organisation shop = factory.createOrganisation();
		shop.setName("x".repeat(101));

		Diagnostic result = Diagnostician.INSTANCE.validate(shop);

		assertEquals(Diagnostic.ERROR, result.getSeverity());
		Diagnostic problem = only(result);
		assertSame(CorePackage.Literals.ORGANISATION__NAME, problem.getData().get(1), "names the field");
		assertTrue(problem.getChildren().stream().anyMatch(d -> d.getMessage().contains("101")),
				"the detail gives the length: " + messages(problem));
	}

	@Test
	void emailAndCountryFollowTheirPatterns() {
		Organisation shop = factory.createOrganisation();
		shop.setName("CV Sejuk Jaya");
		shop.setEmail("service@sejuk-jaya");
		Address site = factory.createAddress();
		site.setCity("Bandung");
		site.setCountry("Indonesia");
		shop.getAddresses().add(site);

		Diagnostic result = Diagnostician.INSTANCE.validate(shop);
		assertEquals(2, result.getChildren().size(), messages(result));

		shop.setEmail("service@sejuk-jaya.co.id");
		site.setCountry("ID");
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(shop).getSeverity(),
				messages(Diagnostician.INSTANCE.validate(shop)));
	}

	@Test
	void aLicenceIsValidBetweenItsDatesInclusive() {
		Qualification licence = licence(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

		assertFalse(licence.isValidOn(LocalDate.of(2024, 12, 31)));
		assertTrue(licence.isValidOn(LocalDate.of(2025, 1, 1)));
		assertTrue(licence.isValidOn(LocalDate.of(2026, 12, 31)));
		assertFalse(licence.isValidOn(LocalDate.of(2027, 1, 1)));
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(licence).getSeverity());
	}

	@Test
	void aLicenceEndingBeforeItStartsIsRefusedNamingBothDates() {
		Qualification licence = licence(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31));

		Diagnostic problem = only(Diagnostician.INSTANCE.validate(licence));
		assertEquals("Valid until: 2026-05-31 is before valid from (2026-06-01).", problem.getMessage());
		assertSame(CorePackage.Literals.QUALIFICATION__VALID_UNTIL, problem.getData().get(1));
	}

	@Test
	void aStaffRoleFindsTheQualificationValidOnADay() {
		Person technician = factory.createPerson();
		technician.setFamilyName("Wibowo");
		StaffRole staff = factory.createStaffRole();
		staff.setFunction(StaffFunction.TECHNICIAN);
		staff.getQualifications().add(licence(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
		technician.getRoles().add(staff);

		assertSame(staff, technician.getRole(CorePackage.Literals.STAFF_ROLE));
		assertSame(technician, staff.getParty());
		assertEquals("EL-1234", staff.getQualification(QualificationKind.ELECTRICIAN, LocalDate.of(2026, 3, 1)).getNumber());
		assertNull(staff.getQualification(QualificationKind.ELECTRICIAN, LocalDate.of(2027, 3, 1)), "expired");
		assertNull(staff.getQualification(QualificationKind.HEATING_COOLING, LocalDate.of(2026, 3, 1)), "not held");
	}

	@Test
	void datesAndTimesTravelAsIsoText() {
		LocalDate day = LocalDate.of(2026, 11, 28);
		String text = CoreFactory.eINSTANCE.convertToString(CorePackage.Literals.DATE, day);

		assertEquals("2026-11-28", text);
		assertEquals(day, CoreFactory.eINSTANCE.createFromString(CorePackage.Literals.DATE, text));
	}

	private Qualification licence(LocalDate from, LocalDate until) {
		Qualification licence = factory.createQualification();
		licence.setKind(QualificationKind.ELECTRICIAN);
		licence.setNumber("EL-1234");
		licence.setIssuer("Kementerian ESDM");
		licence.setValidFrom(from);
		licence.setValidUntil(until);
		return licence;
	}

	private static Diagnostic only(Diagnostic result) {
		List<Diagnostic> children = result.getChildren();
		assertEquals(1, children.size(), messages(result));
		return children.get(0);
	}

	private static String messages(Diagnostic result) {
		return result.getChildren().stream().map(Diagnostic::getMessage).toList().toString();
	}
}
