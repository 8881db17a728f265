/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.techserv.equipment.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EquipmentFactoryImpl extends EFactoryImpl implements EquipmentFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EquipmentFactory init() {
		try {
			EquipmentFactory theEquipmentFactory = (EquipmentFactory)EPackage.Registry.INSTANCE.getEFactory(EquipmentPackage.eNS_URI);
			if (theEquipmentFactory != null) {
				return theEquipmentFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EquipmentFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EquipmentFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case EquipmentPackage.EQUIPMENT_MODEL: return createEquipmentModel();
			case EquipmentPackage.CUSTOMER_EQUIPMENT: return createCustomerEquipment();
			case EquipmentPackage.SPARE_PART: return createSparePart();
			case EquipmentPackage.SERVICE_ORDER: return createServiceOrder();
			case EquipmentPackage.VISIT: return createVisit();
			case EquipmentPackage.DIAGNOSTIC_RUN: return createDiagnosticRun();
			case EquipmentPackage.STEP_RESULT: return createStepResult();
			case EquipmentPackage.REPAIR_LINE: return createRepairLine();
			case EquipmentPackage.TRAINING_SESSION: return createTrainingSession();
			case EquipmentPackage.SIGN_OFF: return createSignOff();
			case EquipmentPackage.MAINTENANCE_PLAN: return createMaintenancePlan();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case EquipmentPackage.SERVICE_KIND:
				return createServiceKindFromString(eDataType, initialValue);
			case EquipmentPackage.ORDER_STATUS:
				return createOrderStatusFromString(eDataType, initialValue);
			case EquipmentPackage.EQUIPMENT_STATUS:
				return createEquipmentStatusFromString(eDataType, initialValue);
			case EquipmentPackage.STEP_KIND:
				return createStepKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case EquipmentPackage.SERVICE_KIND:
				return convertServiceKindToString(eDataType, instanceValue);
			case EquipmentPackage.ORDER_STATUS:
				return convertOrderStatusToString(eDataType, instanceValue);
			case EquipmentPackage.EQUIPMENT_STATUS:
				return convertEquipmentStatusToString(eDataType, instanceValue);
			case EquipmentPackage.STEP_KIND:
				return convertStepKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentModel createEquipmentModel() {
		EquipmentModelImpl equipmentModel = new EquipmentModelImpl();
		return equipmentModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerEquipment createCustomerEquipment() {
		CustomerEquipmentImpl customerEquipment = new CustomerEquipmentImpl();
		return customerEquipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SparePart createSparePart() {
		SparePartImpl sparePart = new SparePartImpl();
		return sparePart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceOrder createServiceOrder() {
		ServiceOrderImpl serviceOrder = new ServiceOrderImpl();
		return serviceOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visit createVisit() {
		VisitImpl visit = new VisitImpl();
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagnosticRun createDiagnosticRun() {
		DiagnosticRunImpl diagnosticRun = new DiagnosticRunImpl();
		return diagnosticRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepResult createStepResult() {
		StepResultImpl stepResult = new StepResultImpl();
		return stepResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepairLine createRepairLine() {
		RepairLineImpl repairLine = new RepairLineImpl();
		return repairLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSession createTrainingSession() {
		TrainingSessionImpl trainingSession = new TrainingSessionImpl();
		return trainingSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignOff createSignOff() {
		SignOffImpl signOff = new SignOffImpl();
		return signOff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaintenancePlan createMaintenancePlan() {
		MaintenancePlanImpl maintenancePlan = new MaintenancePlanImpl();
		return maintenancePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceKind createServiceKindFromString(EDataType eDataType, String initialValue) {
		ServiceKind result = ServiceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrderStatus createOrderStatusFromString(EDataType eDataType, String initialValue) {
		OrderStatus result = OrderStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrderStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EquipmentStatus createEquipmentStatusFromString(EDataType eDataType, String initialValue) {
		EquipmentStatus result = EquipmentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEquipmentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepKind createStepKindFromString(EDataType eDataType, String initialValue) {
		StepKind result = StepKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentPackage getEquipmentPackage() {
		return (EquipmentPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EquipmentPackage getPackage() {
		return EquipmentPackage.eINSTANCE;
	}

} //EquipmentFactoryImpl
