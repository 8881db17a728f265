/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.techserv.equipment.model.EquipmentPackage
 * @generated
 */
public interface EquipmentFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EquipmentFactory eINSTANCE = org.techserv.equipment.model.impl.EquipmentFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Model</em>'.
	 * @generated
	 */
	EquipmentModel createEquipmentModel();

	/**
	 * Returns a new object of class '<em>Customer Equipment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer Equipment</em>'.
	 * @generated
	 */
	CustomerEquipment createCustomerEquipment();

	/**
	 * Returns a new object of class '<em>Spare Part</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spare Part</em>'.
	 * @generated
	 */
	SparePart createSparePart();

	/**
	 * Returns a new object of class '<em>Service Order</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Order</em>'.
	 * @generated
	 */
	ServiceOrder createServiceOrder();

	/**
	 * Returns a new object of class '<em>Visit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Visit</em>'.
	 * @generated
	 */
	Visit createVisit();

	/**
	 * Returns a new object of class '<em>Diagnostic Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagnostic Run</em>'.
	 * @generated
	 */
	DiagnosticRun createDiagnosticRun();

	/**
	 * Returns a new object of class '<em>Step Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Result</em>'.
	 * @generated
	 */
	StepResult createStepResult();

	/**
	 * Returns a new object of class '<em>Repair Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Repair Line</em>'.
	 * @generated
	 */
	RepairLine createRepairLine();

	/**
	 * Returns a new object of class '<em>Training Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Session</em>'.
	 * @generated
	 */
	TrainingSession createTrainingSession();

	/**
	 * Returns a new object of class '<em>Sign Off</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sign Off</em>'.
	 * @generated
	 */
	SignOff createSignOff();

	/**
	 * Returns a new object of class '<em>Maintenance Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Maintenance Plan</em>'.
	 * @generated
	 */
	MaintenancePlan createMaintenancePlan();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	EquipmentPackage getEquipmentPackage();

} //EquipmentFactory
