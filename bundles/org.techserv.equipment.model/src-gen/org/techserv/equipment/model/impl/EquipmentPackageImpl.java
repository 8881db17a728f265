/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.EquipmentStatus;
import org.techserv.equipment.model.MaintenancePlan;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;
import org.techserv.equipment.model.SparePart;
import org.techserv.equipment.model.StepKind;
import org.techserv.equipment.model.StepResult;
import org.techserv.equipment.model.TrainingSession;
import org.techserv.equipment.model.Visit;

import org.techserv.equipment.model.util.EquipmentValidator;

import org.techserv.model.core.CorePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EquipmentPackageImpl extends EPackageImpl implements EquipmentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass equipmentModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEquipmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sparePartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceOrderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass visitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagnosticRunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass repairLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signOffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass maintenancePlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum orderStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum equipmentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.techserv.equipment.model.EquipmentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EquipmentPackageImpl() {
		super(eNS_URI, EquipmentFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EquipmentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EquipmentPackage init() {
		if (isInited) return (EquipmentPackage)EPackage.Registry.INSTANCE.getEPackage(EquipmentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEquipmentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EquipmentPackageImpl theEquipmentPackage = registeredEquipmentPackage instanceof EquipmentPackageImpl ? (EquipmentPackageImpl)registeredEquipmentPackage : new EquipmentPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		CorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theEquipmentPackage.createPackageContents();

		// Initialize created meta-data
		theEquipmentPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theEquipmentPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return EquipmentValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theEquipmentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EquipmentPackage.eNS_URI, theEquipmentPackage);
		return theEquipmentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEquipmentModel() {
		return equipmentModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_Manufacturer() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_ModelNumber() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_Name() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_Category() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_InstallRequires() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_RepairRequires() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_WarrantyMonths() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipmentModel_MaintenanceIntervalDays() {
		return (EAttribute)equipmentModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEquipmentModel__ValidNamed__DiagnosticChain_Map() {
		return equipmentModelEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerEquipment() {
		return customerEquipmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerEquipment_Model() {
		return (EReference)customerEquipmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerEquipment_Customer() {
		return (EReference)customerEquipmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerEquipment_SerialNumber() {
		return (EAttribute)customerEquipmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerEquipment_Site() {
		return (EReference)customerEquipmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerEquipment_InstalledOn() {
		return (EAttribute)customerEquipmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerEquipment_WarrantyUntil() {
		return (EAttribute)customerEquipmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerEquipment_Status() {
		return (EAttribute)customerEquipmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCustomerEquipment__ValidDates__DiagnosticChain_Map() {
		return customerEquipmentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSparePart() {
		return sparePartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePart_PartNumber() {
		return (EAttribute)sparePartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePart_Name() {
		return (EAttribute)sparePartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePart_OnHand() {
		return (EAttribute)sparePartEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePart_ReorderLevel() {
		return (EAttribute)sparePartEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSparePart__ValidStock__DiagnosticChain_Map() {
		return sparePartEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceOrder() {
		return serviceOrderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceOrder_Kind() {
		return (EAttribute)serviceOrderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceOrder_Customer() {
		return (EReference)serviceOrderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceOrder_Equipment() {
		return (EReference)serviceOrderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceOrder_ReportedProblem() {
		return (EAttribute)serviceOrderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceOrder_Visits() {
		return (EReference)serviceOrderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceOrder_DiagnosticRuns() {
		return (EReference)serviceOrderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceOrder_RepairLines() {
		return (EReference)serviceOrderEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceOrder_Training() {
		return (EReference)serviceOrderEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceOrder_SignOff() {
		return (EReference)serviceOrderEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getServiceOrder__ValidOrder__DiagnosticChain_Map() {
		return serviceOrderEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVisit() {
		return visitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Technician() {
		return (EReference)visitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Start() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_End() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_TravelNote() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getVisit__ValidWindow__DiagnosticChain_Map() {
		return visitEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagnosticRun() {
		return diagnosticRunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticRun_ProcedureId() {
		return (EAttribute)diagnosticRunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticRun_ProcedureName() {
		return (EAttribute)diagnosticRunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosticRun_PerformedBy() {
		return (EReference)diagnosticRunEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticRun_PerformedAt() {
		return (EAttribute)diagnosticRunEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosticRun_Steps() {
		return (EReference)diagnosticRunEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticRun_Passed() {
		return (EAttribute)diagnosticRunEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepResult() {
		return stepResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_StepId() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Label() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Kind() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Value() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Unit() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_LowerLimit() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_UpperLimit() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Checked() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Observation() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Passed() {
		return (EAttribute)stepResultEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepairLine() {
		return repairLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepairLine_Part() {
		return (EReference)repairLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepairLine_Quantity() {
		return (EAttribute)repairLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepairLine_LabourHours() {
		return (EAttribute)repairLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepairLine_Description() {
		return (EAttribute)repairLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRepairLine__ValidQuantities__DiagnosticChain_Map() {
		return repairLineEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSession() {
		return trainingSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Attendees() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Topics() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_DurationMinutes() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_CustomerSignedBy() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_CustomerSignedOn() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignOff() {
		return signOffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_SignedBy() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_SignedAt() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_Comment() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaintenancePlan() {
		return maintenancePlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenancePlan_Equipment() {
		return (EReference)maintenancePlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_IntervalDays() {
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_NextDue() {
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenancePlan_Active() {
		return (EAttribute)maintenancePlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceKind() {
		return serviceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrderStatus() {
		return orderStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEquipmentStatus() {
		return equipmentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepKind() {
		return stepKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentFactory getEquipmentFactory() {
		return (EquipmentFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		equipmentModelEClass = createEClass(EQUIPMENT_MODEL);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__MANUFACTURER);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__MODEL_NUMBER);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__NAME);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__CATEGORY);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__INSTALL_REQUIRES);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__REPAIR_REQUIRES);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__WARRANTY_MONTHS);
		createEAttribute(equipmentModelEClass, EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS);
		createEOperation(equipmentModelEClass, EQUIPMENT_MODEL___VALID_NAMED__DIAGNOSTICCHAIN_MAP);

		customerEquipmentEClass = createEClass(CUSTOMER_EQUIPMENT);
		createEReference(customerEquipmentEClass, CUSTOMER_EQUIPMENT__MODEL);
		createEReference(customerEquipmentEClass, CUSTOMER_EQUIPMENT__CUSTOMER);
		createEAttribute(customerEquipmentEClass, CUSTOMER_EQUIPMENT__SERIAL_NUMBER);
		createEReference(customerEquipmentEClass, CUSTOMER_EQUIPMENT__SITE);
		createEAttribute(customerEquipmentEClass, CUSTOMER_EQUIPMENT__INSTALLED_ON);
		createEAttribute(customerEquipmentEClass, CUSTOMER_EQUIPMENT__WARRANTY_UNTIL);
		createEAttribute(customerEquipmentEClass, CUSTOMER_EQUIPMENT__STATUS);
		createEOperation(customerEquipmentEClass, CUSTOMER_EQUIPMENT___VALID_DATES__DIAGNOSTICCHAIN_MAP);

		sparePartEClass = createEClass(SPARE_PART);
		createEAttribute(sparePartEClass, SPARE_PART__PART_NUMBER);
		createEAttribute(sparePartEClass, SPARE_PART__NAME);
		createEAttribute(sparePartEClass, SPARE_PART__ON_HAND);
		createEAttribute(sparePartEClass, SPARE_PART__REORDER_LEVEL);
		createEOperation(sparePartEClass, SPARE_PART___VALID_STOCK__DIAGNOSTICCHAIN_MAP);

		serviceOrderEClass = createEClass(SERVICE_ORDER);
		createEAttribute(serviceOrderEClass, SERVICE_ORDER__KIND);
		createEReference(serviceOrderEClass, SERVICE_ORDER__CUSTOMER);
		createEReference(serviceOrderEClass, SERVICE_ORDER__EQUIPMENT);
		createEAttribute(serviceOrderEClass, SERVICE_ORDER__REPORTED_PROBLEM);
		createEReference(serviceOrderEClass, SERVICE_ORDER__VISITS);
		createEReference(serviceOrderEClass, SERVICE_ORDER__DIAGNOSTIC_RUNS);
		createEReference(serviceOrderEClass, SERVICE_ORDER__REPAIR_LINES);
		createEReference(serviceOrderEClass, SERVICE_ORDER__TRAINING);
		createEReference(serviceOrderEClass, SERVICE_ORDER__SIGN_OFF);
		createEOperation(serviceOrderEClass, SERVICE_ORDER___VALID_ORDER__DIAGNOSTICCHAIN_MAP);

		visitEClass = createEClass(VISIT);
		createEReference(visitEClass, VISIT__TECHNICIAN);
		createEAttribute(visitEClass, VISIT__START);
		createEAttribute(visitEClass, VISIT__END);
		createEAttribute(visitEClass, VISIT__TRAVEL_NOTE);
		createEOperation(visitEClass, VISIT___VALID_WINDOW__DIAGNOSTICCHAIN_MAP);

		diagnosticRunEClass = createEClass(DIAGNOSTIC_RUN);
		createEAttribute(diagnosticRunEClass, DIAGNOSTIC_RUN__PROCEDURE_ID);
		createEAttribute(diagnosticRunEClass, DIAGNOSTIC_RUN__PROCEDURE_NAME);
		createEReference(diagnosticRunEClass, DIAGNOSTIC_RUN__PERFORMED_BY);
		createEAttribute(diagnosticRunEClass, DIAGNOSTIC_RUN__PERFORMED_AT);
		createEReference(diagnosticRunEClass, DIAGNOSTIC_RUN__STEPS);
		createEAttribute(diagnosticRunEClass, DIAGNOSTIC_RUN__PASSED);

		stepResultEClass = createEClass(STEP_RESULT);
		createEAttribute(stepResultEClass, STEP_RESULT__STEP_ID);
		createEAttribute(stepResultEClass, STEP_RESULT__LABEL);
		createEAttribute(stepResultEClass, STEP_RESULT__KIND);
		createEAttribute(stepResultEClass, STEP_RESULT__VALUE);
		createEAttribute(stepResultEClass, STEP_RESULT__UNIT);
		createEAttribute(stepResultEClass, STEP_RESULT__LOWER_LIMIT);
		createEAttribute(stepResultEClass, STEP_RESULT__UPPER_LIMIT);
		createEAttribute(stepResultEClass, STEP_RESULT__CHECKED);
		createEAttribute(stepResultEClass, STEP_RESULT__OBSERVATION);
		createEAttribute(stepResultEClass, STEP_RESULT__PASSED);

		repairLineEClass = createEClass(REPAIR_LINE);
		createEReference(repairLineEClass, REPAIR_LINE__PART);
		createEAttribute(repairLineEClass, REPAIR_LINE__QUANTITY);
		createEAttribute(repairLineEClass, REPAIR_LINE__LABOUR_HOURS);
		createEAttribute(repairLineEClass, REPAIR_LINE__DESCRIPTION);
		createEOperation(repairLineEClass, REPAIR_LINE___VALID_QUANTITIES__DIAGNOSTICCHAIN_MAP);

		trainingSessionEClass = createEClass(TRAINING_SESSION);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__ATTENDEES);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__TOPICS);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__DURATION_MINUTES);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__CUSTOMER_SIGNED_BY);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__CUSTOMER_SIGNED_ON);

		signOffEClass = createEClass(SIGN_OFF);
		createEAttribute(signOffEClass, SIGN_OFF__SIGNED_BY);
		createEAttribute(signOffEClass, SIGN_OFF__SIGNED_AT);
		createEAttribute(signOffEClass, SIGN_OFF__COMMENT);

		maintenancePlanEClass = createEClass(MAINTENANCE_PLAN);
		createEReference(maintenancePlanEClass, MAINTENANCE_PLAN__EQUIPMENT);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__INTERVAL_DAYS);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__NEXT_DUE);
		createEAttribute(maintenancePlanEClass, MAINTENANCE_PLAN__ACTIVE);

		// Create enums
		serviceKindEEnum = createEEnum(SERVICE_KIND);
		orderStatusEEnum = createEEnum(ORDER_STATUS);
		equipmentStatusEEnum = createEEnum(EQUIPMENT_STATUS);
		stepKindEEnum = createEEnum(STEP_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CorePackage theCorePackage = (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		equipmentModelEClass.getESuperTypes().add(theCorePackage.getEntity());
		customerEquipmentEClass.getESuperTypes().add(theCorePackage.getEntity());
		sparePartEClass.getESuperTypes().add(theCorePackage.getEntity());
		serviceOrderEClass.getESuperTypes().add(theCorePackage.getWorkItem());
		maintenancePlanEClass.getESuperTypes().add(theCorePackage.getEntity());

		// Initialize classes, features, and operations; add parameters
		initEClass(equipmentModelEClass, EquipmentModel.class, "EquipmentModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEquipmentModel_Manufacturer(), theCorePackage.getName_(), "manufacturer", null, 0, 1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEquipmentModel_ModelNumber(), theCorePackage.getCode(), "modelNumber", null, 0, 1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEquipmentModel_Name(), theCorePackage.getText(), "name", null, 0, 1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEquipmentModel_Category(), theCorePackage.getCode(), "category", null, 0, 1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEquipmentModel_InstallRequires(), theCorePackage.getQualificationKind(), "installRequires", null, 0, -1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEquipmentModel_RepairRequires(), theCorePackage.getQualificationKind(), "repairRequires", null, 0, -1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEquipmentModel_WarrantyMonths(), ecorePackage.getEInt(), "warrantyMonths", null, 0, 1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEquipmentModel_MaintenanceIntervalDays(), ecorePackage.getEInt(), "maintenanceIntervalDays", null, 0, 1, EquipmentModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getEquipmentModel__ValidNamed__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validNamed", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(customerEquipmentEClass, CustomerEquipment.class, "CustomerEquipment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCustomerEquipment_Model(), this.getEquipmentModel(), null, "model", null, 0, 1, CustomerEquipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerEquipment_Customer(), theCorePackage.getParty(), null, "customer", null, 0, 1, CustomerEquipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerEquipment_SerialNumber(), theCorePackage.getCode(), "serialNumber", null, 0, 1, CustomerEquipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerEquipment_Site(), theCorePackage.getAddress(), null, "site", null, 0, 1, CustomerEquipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerEquipment_InstalledOn(), theCorePackage.getDate(), "installedOn", null, 0, 1, CustomerEquipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerEquipment_WarrantyUntil(), theCorePackage.getDate(), "warrantyUntil", null, 0, 1, CustomerEquipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerEquipment_Status(), this.getEquipmentStatus(), "status", null, 0, 1, CustomerEquipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCustomerEquipment__ValidDates__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validDates", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(sparePartEClass, SparePart.class, "SparePart", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSparePart_PartNumber(), theCorePackage.getCode(), "partNumber", null, 0, 1, SparePart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePart_Name(), theCorePackage.getText(), "name", null, 0, 1, SparePart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePart_OnHand(), ecorePackage.getEInt(), "onHand", null, 0, 1, SparePart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePart_ReorderLevel(), ecorePackage.getEInt(), "reorderLevel", null, 0, 1, SparePart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getSparePart__ValidStock__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validStock", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(serviceOrderEClass, ServiceOrder.class, "ServiceOrder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceOrder_Kind(), this.getServiceKind(), "kind", null, 0, 1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceOrder_Customer(), theCorePackage.getParty(), null, "customer", null, 0, 1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceOrder_Equipment(), this.getCustomerEquipment(), null, "equipment", null, 0, 1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceOrder_ReportedProblem(), theCorePackage.getLongText(), "reportedProblem", null, 0, 1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceOrder_Visits(), this.getVisit(), null, "visits", null, 0, -1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceOrder_DiagnosticRuns(), this.getDiagnosticRun(), null, "diagnosticRuns", null, 0, -1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceOrder_RepairLines(), this.getRepairLine(), null, "repairLines", null, 0, -1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceOrder_Training(), this.getTrainingSession(), null, "training", null, 0, 1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceOrder_SignOff(), this.getSignOff(), null, "signOff", null, 0, 1, ServiceOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getServiceOrder__ValidOrder__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validOrder", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(visitEClass, Visit.class, "Visit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVisit_Technician(), theCorePackage.getParty(), null, "technician", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_Start(), theCorePackage.getTimestamp(), "start", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_End(), theCorePackage.getTimestamp(), "end", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_TravelNote(), theCorePackage.getText(), "travelNote", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getVisit__ValidWindow__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validWindow", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(diagnosticRunEClass, DiagnosticRun.class, "DiagnosticRun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagnosticRun_ProcedureId(), theCorePackage.getCode(), "procedureId", null, 0, 1, DiagnosticRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticRun_ProcedureName(), theCorePackage.getText(), "procedureName", null, 0, 1, DiagnosticRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagnosticRun_PerformedBy(), theCorePackage.getParty(), null, "performedBy", null, 0, 1, DiagnosticRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticRun_PerformedAt(), theCorePackage.getTimestamp(), "performedAt", null, 0, 1, DiagnosticRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagnosticRun_Steps(), this.getStepResult(), null, "steps", null, 0, -1, DiagnosticRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticRun_Passed(), ecorePackage.getEBoolean(), "passed", null, 0, 1, DiagnosticRun.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(stepResultEClass, StepResult.class, "StepResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStepResult_StepId(), theCorePackage.getCode(), "stepId", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Label(), theCorePackage.getText(), "label", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Kind(), this.getStepKind(), "kind", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Unit(), theCorePackage.getCode(), "unit", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_LowerLimit(), ecorePackage.getEDoubleObject(), "lowerLimit", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_UpperLimit(), ecorePackage.getEDoubleObject(), "upperLimit", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Checked(), ecorePackage.getEBooleanObject(), "checked", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Observation(), theCorePackage.getLongText(), "observation", null, 0, 1, StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Passed(), ecorePackage.getEBoolean(), "passed", null, 0, 1, StepResult.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(repairLineEClass, RepairLine.class, "RepairLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRepairLine_Part(), this.getSparePart(), null, "part", null, 0, 1, RepairLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepairLine_Quantity(), ecorePackage.getEInt(), "quantity", null, 0, 1, RepairLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepairLine_LabourHours(), ecorePackage.getEDouble(), "labourHours", null, 0, 1, RepairLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepairLine_Description(), theCorePackage.getText(), "description", null, 0, 1, RepairLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getRepairLine__ValidQuantities__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validQuantities", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(trainingSessionEClass, TrainingSession.class, "TrainingSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSession_Attendees(), theCorePackage.getName_(), "attendees", null, 0, -1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Topics(), theCorePackage.getText(), "topics", null, 0, -1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_CustomerSignedBy(), theCorePackage.getName_(), "customerSignedBy", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_CustomerSignedOn(), theCorePackage.getDate(), "customerSignedOn", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signOffEClass, SignOff.class, "SignOff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignOff_SignedBy(), theCorePackage.getName_(), "signedBy", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_SignedAt(), theCorePackage.getTimestamp(), "signedAt", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_Comment(), theCorePackage.getText(), "comment", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(maintenancePlanEClass, MaintenancePlan.class, "MaintenancePlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMaintenancePlan_Equipment(), this.getCustomerEquipment(), null, "equipment", null, 0, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_IntervalDays(), ecorePackage.getEInt(), "intervalDays", null, 0, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_NextDue(), theCorePackage.getDate(), "nextDue", null, 0, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenancePlan_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, MaintenancePlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(serviceKindEEnum, ServiceKind.class, "ServiceKind");
		addEEnumLiteral(serviceKindEEnum, ServiceKind.INSTALLATION);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.TRAINING);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.DIAGNOSTIC_VISIT);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.REPAIR);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.PREVENTIVE_MAINTENANCE);

		initEEnum(orderStatusEEnum, OrderStatus.class, "OrderStatus");
		addEEnumLiteral(orderStatusEEnum, OrderStatus.NEW);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.SCHEDULED);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.DISPATCHED);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.IN_PROGRESS);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.ON_HOLD);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.COMPLETED);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.CLOSED);
		addEEnumLiteral(orderStatusEEnum, OrderStatus.CANCELLED);

		initEEnum(equipmentStatusEEnum, EquipmentStatus.class, "EquipmentStatus");
		addEEnumLiteral(equipmentStatusEEnum, EquipmentStatus.SOLD);
		addEEnumLiteral(equipmentStatusEEnum, EquipmentStatus.INSTALLED);
		addEEnumLiteral(equipmentStatusEEnum, EquipmentStatus.OUT_OF_SERVICE);
		addEEnumLiteral(equipmentStatusEEnum, EquipmentStatus.DECOMMISSIONED);

		initEEnum(stepKindEEnum, StepKind.class, "StepKind");
		addEEnumLiteral(stepKindEEnum, StepKind.MEASUREMENT);
		addEEnumLiteral(stepKindEEnum, StepKind.CHECK);
		addEEnumLiteral(stepKindEEnum, StepKind.OBSERVATION);

		// Create resource
		createResource(eNS_URI);
	}

} //EquipmentPackageImpl
