/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core.util;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

import org.techserv.model.core.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.techserv.model.core.CorePackage
 * @generated
 */
public class CoreValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CoreValidator INSTANCE = new CoreValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.techserv.model.core";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Complete' of 'Address'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ADDRESS__VALID_COMPLETE = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Named' of 'Person'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PERSON__VALID_NAMED = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Named' of 'Organisation'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ORGANISATION__VALID_NAMED = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Period' of 'Qualification'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int QUALIFICATION__VALID_PERIOD = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Titled' of 'Work Item'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int WORK_ITEM__VALID_TITLED = 5;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 5;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoreValidator() {
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CorePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CorePackage.ENTITY:
				return validateEntity((Entity)value, diagnostics, context);
			case CorePackage.ADDRESS:
				return validateAddress((Address)value, diagnostics, context);
			case CorePackage.NOTE:
				return validateNote((Note)value, diagnostics, context);
			case CorePackage.ATTACHMENT:
				return validateAttachment((Attachment)value, diagnostics, context);
			case CorePackage.PARTY:
				return validateParty((Party)value, diagnostics, context);
			case CorePackage.PERSON:
				return validatePerson((Person)value, diagnostics, context);
			case CorePackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case CorePackage.PARTY_ROLE:
				return validatePartyRole((PartyRole)value, diagnostics, context);
			case CorePackage.CUSTOMER_ROLE:
				return validateCustomerRole((CustomerRole)value, diagnostics, context);
			case CorePackage.PATRON_ROLE:
				return validatePatronRole((PatronRole)value, diagnostics, context);
			case CorePackage.STAFF_ROLE:
				return validateStaffRole((StaffRole)value, diagnostics, context);
			case CorePackage.QUALIFICATION:
				return validateQualification((Qualification)value, diagnostics, context);
			case CorePackage.WORK_ITEM:
				return validateWorkItem((WorkItem)value, diagnostics, context);
			case CorePackage.TASK:
				return validateTask((Task)value, diagnostics, context);
			case CorePackage.PRIORITY:
				return validatePriority((Priority)value, diagnostics, context);
			case CorePackage.ADDRESS_KIND:
				return validateAddressKind((AddressKind)value, diagnostics, context);
			case CorePackage.QUALIFICATION_KIND:
				return validateQualificationKind((QualificationKind)value, diagnostics, context);
			case CorePackage.STAFF_FUNCTION:
				return validateStaffFunction((StaffFunction)value, diagnostics, context);
			case CorePackage.CODE:
				return validateCode((String)value, diagnostics, context);
			case CorePackage.NAME:
				return validateName((String)value, diagnostics, context);
			case CorePackage.TEXT:
				return validateText((String)value, diagnostics, context);
			case CorePackage.LONG_TEXT:
				return validateLongText((String)value, diagnostics, context);
			case CorePackage.EMAIL:
				return validateEmail((String)value, diagnostics, context);
			case CorePackage.COUNTRY_CODE:
				return validateCountryCode((String)value, diagnostics, context);
			case CorePackage.DATE:
				return validateDate((LocalDate)value, diagnostics, context);
			case CorePackage.TIMESTAMP:
				return validateTimestamp((Instant)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEntity(Entity entity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(entity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddress(Address address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(address, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(address, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(address, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(address, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(address, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(address, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(address, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(address, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(address, diagnostics, context);
		if (result || diagnostics != null) result &= validateAddress_validComplete(address, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validComplete constraint of '<em>Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddress_validComplete(Address address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return address.validComplete(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNote(Note note, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(note, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttachment(Attachment attachment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(attachment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParty(Party party, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(party, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerson(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(person, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(person, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(person, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerson_validNamed(person, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validNamed constraint of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerson_validNamed(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return person.validNamed(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(organisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(organisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateOrganisation_validNamed(organisation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validNamed constraint of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation_validNamed(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return organisation.validNamed(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartyRole(PartyRole partyRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(partyRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerRole(CustomerRole customerRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(customerRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePatronRole(PatronRole patronRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(patronRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStaffRole(StaffRole staffRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(staffRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualification(Qualification qualification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(qualification, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validateQualification_validPeriod(qualification, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validPeriod constraint of '<em>Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualification_validPeriod(Qualification qualification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return qualification.validPeriod(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkItem(WorkItem workItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkItem_validTitled(workItem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validTitled constraint of '<em>Work Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkItem_validTitled(WorkItem workItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return workItem.validTitled(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTask(Task task, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(task, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(task, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(task, diagnostics, context);
		if (result || diagnostics != null) result &= validateWorkItem_validTitled(task, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriority(Priority priority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressKind(AddressKind addressKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualificationKind(QualificationKind qualificationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStaffFunction(StaffFunction staffFunction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCode(String code, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCode_MaxLength(code, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MaxLength constraint of '<em>Code</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCode_MaxLength(String code, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = code.length();
		boolean result = length <= 40;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CorePackage.Literals.CODE, code, length, 40, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateName(String name, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateName_MaxLength(name, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MaxLength constraint of '<em>Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateName_MaxLength(String name, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = name.length();
		boolean result = length <= 100;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CorePackage.Literals.NAME, name, length, 100, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateText(String text, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateText_MaxLength(text, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MaxLength constraint of '<em>Text</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateText_MaxLength(String text, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = text.length();
		boolean result = length <= 200;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CorePackage.Literals.TEXT, text, length, 200, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLongText(String longText, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateLongText_MaxLength(longText, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MaxLength constraint of '<em>Long Text</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLongText_MaxLength(String longText, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = longText.length();
		boolean result = length <= 4000;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CorePackage.Literals.LONG_TEXT, longText, length, 4000, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmail(String email, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateEmail_Pattern(email, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmail_MaxLength(email, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateEmail_Pattern
	 */
	public static final  PatternMatcher [][] EMAIL__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Email</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmail_Pattern(String email, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CorePackage.Literals.EMAIL, email, EMAIL__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Validates the MaxLength constraint of '<em>Email</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmail_MaxLength(String email, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int length = email.length();
		boolean result = length <= 254;
		if (!result && diagnostics != null)
			reportMaxLengthViolation(CorePackage.Literals.EMAIL, email, length, 254, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCountryCode(String countryCode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCountryCode_Pattern(countryCode, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCountryCode_Pattern
	 */
	public static final  PatternMatcher [][] COUNTRY_CODE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Z]{2}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Country Code</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCountryCode_Pattern(String countryCode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(CorePackage.Literals.COUNTRY_CODE, countryCode, COUNTRY_CODE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDate(LocalDate date, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimestamp(Instant timestamp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CoreValidator
