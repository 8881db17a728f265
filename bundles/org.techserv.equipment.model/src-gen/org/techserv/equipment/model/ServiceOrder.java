/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.techserv.model.core.Party;
import org.techserv.model.core.WorkItem;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Order</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A job at a customer: install, train, investigate, repair or maintain a piece of equipment. Its status (WorkItem.status) is an OrderStatus name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getKind <em>Kind</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getReportedProblem <em>Reported Problem</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getDiagnosticRuns <em>Diagnostic Runs</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getRepairLines <em>Repair Lines</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getTraining <em>Training</em>}</li>
 *   <li>{@link org.techserv.equipment.model.ServiceOrder#getSignOff <em>Sign Off</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder()
 * @model
 * @generated
 */
public interface ServiceOrder extends WorkItem {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.equipment.model.ServiceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.equipment.model.ServiceKind
	 * @see #setKind(ServiceKind)
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_Kind()
	 * @model
	 * @generated
	 */
	ServiceKind getKind();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.ServiceOrder#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.equipment.model.ServiceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ServiceKind value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Party)
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_Customer()
	 * @model
	 * @generated
	 */
	Party getCustomer();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.ServiceOrder#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Party value);

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equipment</em>' reference.
	 * @see #setEquipment(CustomerEquipment)
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_Equipment()
	 * @model
	 * @generated
	 */
	CustomerEquipment getEquipment();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.ServiceOrder#getEquipment <em>Equipment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equipment</em>' reference.
	 * @see #getEquipment()
	 * @generated
	 */
	void setEquipment(CustomerEquipment value);

	/**
	 * Returns the value of the '<em><b>Reported Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported Problem</em>' attribute.
	 * @see #setReportedProblem(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_ReportedProblem()
	 * @model dataType="org.techserv.model.core.LongText"
	 * @generated
	 */
	String getReportedProblem();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.ServiceOrder#getReportedProblem <em>Reported Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported Problem</em>' attribute.
	 * @see #getReportedProblem()
	 * @generated
	 */
	void setReportedProblem(String value);

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.equipment.model.Visit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visits</em>' containment reference list.
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_Visits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Visit> getVisits();

	/**
	 * Returns the value of the '<em><b>Diagnostic Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.equipment.model.DiagnosticRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnostic Runs</em>' containment reference list.
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_DiagnosticRuns()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagnosticRun> getDiagnosticRuns();

	/**
	 * Returns the value of the '<em><b>Repair Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.equipment.model.RepairLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repair Lines</em>' containment reference list.
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_RepairLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<RepairLine> getRepairLines();

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSession)
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSession getTraining();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.ServiceOrder#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSession value);

	/**
	 * Returns the value of the '<em><b>Sign Off</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sign Off</em>' containment reference.
	 * @see #setSignOff(SignOff)
	 * @see org.techserv.equipment.model.EquipmentPackage#getServiceOrder_SignOff()
	 * @model containment="true"
	 * @generated
	 */
	SignOff getSignOff();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.ServiceOrder#getSignOff <em>Sign Off</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sign Off</em>' containment reference.
	 * @see #getSignOff()
	 * @generated
	 */
	void setSignOff(SignOff value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validOrder(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ServiceOrder
