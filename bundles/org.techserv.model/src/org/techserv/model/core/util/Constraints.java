package org.techserv.model.core.util;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.techserv.model.core.Address;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Organisation;
import org.techserv.model.core.Person;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.WorkItem;

/**
 * The rules of the core model, called from the invariant operations in {@code core.ecore} so that the
 * Diagnostician, the editors and the store all check the same thing. Each problem names the field it is about
 * (diagnostic data: the object, then the feature), so editors can show it at the field.
 */
public final class Constraints {

	/** Diagnostic codes, stable for callers that react to a specific rule. */
	public static final int PERSON_NAME = 1;
	public static final int ORGANISATION_NAME = 2;
	public static final int ADDRESS_COMPLETE = 3;
	public static final int QUALIFICATION_PERIOD = 4;
	public static final int QUALIFICATION_DETAILS = 5;
	public static final int WORK_ITEM_TITLE = 6;

	private Constraints() {
	}

	public static boolean personNamed(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!blank(person.getGivenName()) || !blank(person.getFamilyName())) {
			return true;
		}
		return report(diagnostics, PERSON_NAME, Messages.personNameRequired, person,
				CorePackage.Literals.PERSON__FAMILY_NAME);
	}

	public static boolean organisationNamed(Organisation organisation, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!blank(organisation.getName())) {
			return true;
		}
		return report(diagnostics, ORGANISATION_NAME, Messages.organisationNameRequired, organisation,
				CorePackage.Literals.ORGANISATION__NAME);
	}

	public static boolean addressComplete(Address address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		if (blank(address.getCity())) {
			valid = report(diagnostics, ADDRESS_COMPLETE, Messages.addressCityRequired, address,
					CorePackage.Literals.ADDRESS__CITY);
		}
		if (blank(address.getCountry()) && (diagnostics != null || valid)) {
			valid &= report(diagnostics, ADDRESS_COMPLETE, Messages.addressCountryRequired, address,
					CorePackage.Literals.ADDRESS__COUNTRY);
		}
		return valid;
	}

	public static boolean qualificationPeriod(Qualification qualification, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		if (qualification.getValidFrom() != null && qualification.getValidUntil() != null
				&& qualification.getValidUntil().isBefore(qualification.getValidFrom())) {
			valid = report(diagnostics, QUALIFICATION_PERIOD,
					NLS.bind(Messages.qualificationPeriod, qualification.getValidUntil(), qualification.getValidFrom()),
					qualification, CorePackage.Literals.QUALIFICATION__VALID_UNTIL);
		}
		if (blank(qualification.getNumber())) {
			valid &= report(diagnostics, QUALIFICATION_DETAILS, Messages.qualificationNumberRequired, qualification,
					CorePackage.Literals.QUALIFICATION__NUMBER);
		}
		if (blank(qualification.getIssuer())) {
			valid &= report(diagnostics, QUALIFICATION_DETAILS, Messages.qualificationIssuerRequired, qualification,
					CorePackage.Literals.QUALIFICATION__ISSUER);
		}
		return valid;
	}

	public static boolean workItemTitled(WorkItem item, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!blank(item.getTitle())) {
			return true;
		}
		return report(diagnostics, WORK_ITEM_TITLE, Messages.workItemTitleRequired, item,
				CorePackage.Literals.WORK_ITEM__TITLE);
	}

	private static boolean report(DiagnosticChain diagnostics, int code, String message, EObject object,
			EStructuralFeature feature) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, CoreValidator.DIAGNOSTIC_SOURCE, code, message,
					new Object[] { object, feature }));
		}
		return false;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
