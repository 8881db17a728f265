/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.techserv.equipment.model.*;

import org.techserv.model.core.Entity;
import org.techserv.model.core.WorkItem;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.techserv.equipment.model.EquipmentPackage
 * @generated
 */
public class EquipmentAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EquipmentPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EquipmentAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = EquipmentPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EquipmentSwitch<Adapter> modelSwitch =
		new EquipmentSwitch<Adapter>() {
			@Override
			public Adapter caseEquipmentModel(EquipmentModel object) {
				return createEquipmentModelAdapter();
			}
			@Override
			public Adapter caseCustomerEquipment(CustomerEquipment object) {
				return createCustomerEquipmentAdapter();
			}
			@Override
			public Adapter caseSparePart(SparePart object) {
				return createSparePartAdapter();
			}
			@Override
			public Adapter caseServiceOrder(ServiceOrder object) {
				return createServiceOrderAdapter();
			}
			@Override
			public Adapter caseVisit(Visit object) {
				return createVisitAdapter();
			}
			@Override
			public Adapter caseDiagnosticRun(DiagnosticRun object) {
				return createDiagnosticRunAdapter();
			}
			@Override
			public Adapter caseStepResult(StepResult object) {
				return createStepResultAdapter();
			}
			@Override
			public Adapter caseRepairLine(RepairLine object) {
				return createRepairLineAdapter();
			}
			@Override
			public Adapter caseTrainingSession(TrainingSession object) {
				return createTrainingSessionAdapter();
			}
			@Override
			public Adapter caseSignOff(SignOff object) {
				return createSignOffAdapter();
			}
			@Override
			public Adapter caseMaintenancePlan(MaintenancePlan object) {
				return createMaintenancePlanAdapter();
			}
			@Override
			public Adapter caseEntity(Entity object) {
				return createEntityAdapter();
			}
			@Override
			public Adapter caseWorkItem(WorkItem object) {
				return createWorkItemAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.EquipmentModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.EquipmentModel
	 * @generated
	 */
	public Adapter createEquipmentModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.CustomerEquipment <em>Customer Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.CustomerEquipment
	 * @generated
	 */
	public Adapter createCustomerEquipmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.SparePart <em>Spare Part</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.SparePart
	 * @generated
	 */
	public Adapter createSparePartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.ServiceOrder <em>Service Order</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.ServiceOrder
	 * @generated
	 */
	public Adapter createServiceOrderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.Visit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.Visit
	 * @generated
	 */
	public Adapter createVisitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.DiagnosticRun <em>Diagnostic Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.DiagnosticRun
	 * @generated
	 */
	public Adapter createDiagnosticRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.StepResult <em>Step Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.StepResult
	 * @generated
	 */
	public Adapter createStepResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.RepairLine <em>Repair Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.RepairLine
	 * @generated
	 */
	public Adapter createRepairLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.TrainingSession <em>Training Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.TrainingSession
	 * @generated
	 */
	public Adapter createTrainingSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.SignOff <em>Sign Off</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.SignOff
	 * @generated
	 */
	public Adapter createSignOffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.equipment.model.MaintenancePlan <em>Maintenance Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.equipment.model.MaintenancePlan
	 * @generated
	 */
	public Adapter createMaintenancePlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.model.core.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.model.core.Entity
	 * @generated
	 */
	public Adapter createEntityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.techserv.model.core.WorkItem <em>Work Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.techserv.model.core.WorkItem
	 * @generated
	 */
	public Adapter createWorkItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //EquipmentAdapterFactory
