/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.techserv.equipment.model.*;

import org.techserv.model.core.util.CoreValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.techserv.equipment.model.EquipmentPackage
 * @generated
 */
public class EquipmentValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final EquipmentValidator INSTANCE = new EquipmentValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.techserv.equipment.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Named' of 'Model'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EQUIPMENT_MODEL__VALID_NAMED = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Dates' of 'Customer Equipment'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CUSTOMER_EQUIPMENT__VALID_DATES = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Stock' of 'Spare Part'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SPARE_PART__VALID_STOCK = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Order' of 'Service Order'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SERVICE_ORDER__VALID_ORDER = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Window' of 'Visit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int VISIT__VALID_WINDOW = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Quantities' of 'Repair Line'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int REPAIR_LINE__VALID_QUANTITIES = 6;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 6;

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
	public EquipmentValidator() {
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
	  return EquipmentPackage.eINSTANCE;
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
			case EquipmentPackage.EQUIPMENT_MODEL:
				return validateEquipmentModel((EquipmentModel)value, diagnostics, context);
			case EquipmentPackage.CUSTOMER_EQUIPMENT:
				return validateCustomerEquipment((CustomerEquipment)value, diagnostics, context);
			case EquipmentPackage.SPARE_PART:
				return validateSparePart((SparePart)value, diagnostics, context);
			case EquipmentPackage.SERVICE_ORDER:
				return validateServiceOrder((ServiceOrder)value, diagnostics, context);
			case EquipmentPackage.VISIT:
				return validateVisit((Visit)value, diagnostics, context);
			case EquipmentPackage.DIAGNOSTIC_RUN:
				return validateDiagnosticRun((DiagnosticRun)value, diagnostics, context);
			case EquipmentPackage.STEP_RESULT:
				return validateStepResult((StepResult)value, diagnostics, context);
			case EquipmentPackage.REPAIR_LINE:
				return validateRepairLine((RepairLine)value, diagnostics, context);
			case EquipmentPackage.TRAINING_SESSION:
				return validateTrainingSession((TrainingSession)value, diagnostics, context);
			case EquipmentPackage.SIGN_OFF:
				return validateSignOff((SignOff)value, diagnostics, context);
			case EquipmentPackage.MAINTENANCE_PLAN:
				return validateMaintenancePlan((MaintenancePlan)value, diagnostics, context);
			case EquipmentPackage.SERVICE_KIND:
				return validateServiceKind((ServiceKind)value, diagnostics, context);
			case EquipmentPackage.ORDER_STATUS:
				return validateOrderStatus((OrderStatus)value, diagnostics, context);
			case EquipmentPackage.EQUIPMENT_STATUS:
				return validateEquipmentStatus((EquipmentStatus)value, diagnostics, context);
			case EquipmentPackage.STEP_KIND:
				return validateStepKind((StepKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentModel(EquipmentModel equipmentModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(equipmentModel, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(equipmentModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateEquipmentModel_validNamed(equipmentModel, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validNamed constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentModel_validNamed(EquipmentModel equipmentModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return equipmentModel.validNamed(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerEquipment(CustomerEquipment customerEquipment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(customerEquipment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(customerEquipment, diagnostics, context);
		if (result || diagnostics != null) result &= validateCustomerEquipment_validDates(customerEquipment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validDates constraint of '<em>Customer Equipment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerEquipment_validDates(CustomerEquipment customerEquipment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return customerEquipment.validDates(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSparePart(SparePart sparePart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sparePart, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sparePart, diagnostics, context);
		if (result || diagnostics != null) result &= validateSparePart_validStock(sparePart, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validStock constraint of '<em>Spare Part</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSparePart_validStock(SparePart sparePart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return sparePart.validStock(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceOrder(ServiceOrder serviceOrder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(serviceOrder, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= coreValidator.validateWorkItem_validTitled(serviceOrder, diagnostics, context);
		if (result || diagnostics != null) result &= validateServiceOrder_validOrder(serviceOrder, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validOrder constraint of '<em>Service Order</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceOrder_validOrder(ServiceOrder serviceOrder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return serviceOrder.validOrder(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVisit(Visit visit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(visit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validateVisit_validWindow(visit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validWindow constraint of '<em>Visit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVisit_validWindow(Visit visit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return visit.validWindow(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagnosticRun(DiagnosticRun diagnosticRun, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagnosticRun, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStepResult(StepResult stepResult, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stepResult, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRepairLine(RepairLine repairLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(repairLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(repairLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateRepairLine_validQuantities(repairLine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validQuantities constraint of '<em>Repair Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRepairLine_validQuantities(RepairLine repairLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return repairLine.validQuantities(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingSession(TrainingSession trainingSession, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(trainingSession, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignOff(SignOff signOff, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(signOff, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMaintenancePlan(MaintenancePlan maintenancePlan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(maintenancePlan, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceKind(ServiceKind serviceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrderStatus(OrderStatus orderStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentStatus(EquipmentStatus equipmentStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStepKind(StepKind stepKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
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

} //EquipmentValidator
