/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.techserv.library.model.*;

import org.techserv.model.core.util.CoreValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.techserv.library.model.LibraryPackage
 * @generated
 */
public class LibraryValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final LibraryValidator INSTANCE = new LibraryValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.techserv.library.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Structure' of 'Bibliographic Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BIBLIOGRAPHIC_RECORD__VALID_STRUCTURE = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Item' of 'Item'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ITEM__VALID_ITEM = 2;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 2;

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
	protected CoreValidator coreValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LibraryValidator() {
		super();
		coreValidator = CoreValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return LibraryPackage.eINSTANCE;
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
			case LibraryPackage.BIBLIOGRAPHIC_RECORD:
				return validateBibliographicRecord((BibliographicRecord)value, diagnostics, context);
			case LibraryPackage.CONTROL_FIELD:
				return validateControlField((ControlField)value, diagnostics, context);
			case LibraryPackage.DATA_FIELD:
				return validateDataField((DataField)value, diagnostics, context);
			case LibraryPackage.SUBFIELD:
				return validateSubfield((Subfield)value, diagnostics, context);
			case LibraryPackage.ITEM:
				return validateItem((Item)value, diagnostics, context);
			case LibraryPackage.CATALOGUING_TASK:
				return validateCataloguingTask((CataloguingTask)value, diagnostics, context);
			case LibraryPackage.ITEM_STATUS:
				return validateItemStatus((ItemStatus)value, diagnostics, context);
			case LibraryPackage.TASK_KIND:
				return validateTaskKind((TaskKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBibliographicRecord(BibliographicRecord bibliographicRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(bibliographicRecord, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(bibliographicRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateBibliographicRecord_validStructure(bibliographicRecord, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validStructure constraint of '<em>Bibliographic Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBibliographicRecord_validStructure(BibliographicRecord bibliographicRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return bibliographicRecord.validStructure(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateControlField(ControlField controlField, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(controlField, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataField(DataField dataField, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataField, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubfield(Subfield subfield, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(subfield, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItem(Item item, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(item, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(item, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(item, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(item, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(item, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(item, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(item, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(item, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(item, diagnostics, context);
		if (result || diagnostics != null) result &= validateItem_validItem(item, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validItem constraint of '<em>Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItem_validItem(Item item, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return item.validItem(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCataloguingTask(CataloguingTask cataloguingTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cataloguingTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cataloguingTask, diagnostics, context);
		if (result || diagnostics != null) result &= coreValidator.validateWorkItem_validTitled(cataloguingTask, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemStatus(ItemStatus itemStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTaskKind(TaskKind taskKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
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

} //LibraryValidator
