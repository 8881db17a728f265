/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.techserv.model.core.Party;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnostic Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.DiagnosticRun#getProcedureId <em>Procedure Id</em>}</li>
 *   <li>{@link org.techserv.equipment.model.DiagnosticRun#getProcedureName <em>Procedure Name</em>}</li>
 *   <li>{@link org.techserv.equipment.model.DiagnosticRun#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link org.techserv.equipment.model.DiagnosticRun#getPerformedAt <em>Performed At</em>}</li>
 *   <li>{@link org.techserv.equipment.model.DiagnosticRun#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.techserv.equipment.model.DiagnosticRun#isPassed <em>Passed</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getDiagnosticRun()
 * @model
 * @generated
 */
public interface DiagnosticRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Procedure Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedure Id</em>' attribute.
	 * @see #setProcedureId(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getDiagnosticRun_ProcedureId()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getProcedureId();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.DiagnosticRun#getProcedureId <em>Procedure Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure Id</em>' attribute.
	 * @see #getProcedureId()
	 * @generated
	 */
	void setProcedureId(String value);

	/**
	 * Returns the value of the '<em><b>Procedure Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedure Name</em>' attribute.
	 * @see #setProcedureName(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getDiagnosticRun_ProcedureName()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getProcedureName();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.DiagnosticRun#getProcedureName <em>Procedure Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure Name</em>' attribute.
	 * @see #getProcedureName()
	 * @generated
	 */
	void setProcedureName(String value);

	/**
	 * Returns the value of the '<em><b>Performed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performed By</em>' reference.
	 * @see #setPerformedBy(Party)
	 * @see org.techserv.equipment.model.EquipmentPackage#getDiagnosticRun_PerformedBy()
	 * @model
	 * @generated
	 */
	Party getPerformedBy();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.DiagnosticRun#getPerformedBy <em>Performed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed By</em>' reference.
	 * @see #getPerformedBy()
	 * @generated
	 */
	void setPerformedBy(Party value);

	/**
	 * Returns the value of the '<em><b>Performed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performed At</em>' attribute.
	 * @see #setPerformedAt(Instant)
	 * @see org.techserv.equipment.model.EquipmentPackage#getDiagnosticRun_PerformedAt()
	 * @model dataType="org.techserv.model.core.Timestamp"
	 * @generated
	 */
	Instant getPerformedAt();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.DiagnosticRun#getPerformedAt <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performed At</em>' attribute.
	 * @see #getPerformedAt()
	 * @generated
	 */
	void setPerformedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.equipment.model.StepResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.techserv.equipment.model.EquipmentPackage#getDiagnosticRun_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<StepResult> getSteps();

	/**
	 * Returns the value of the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether every step passed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passed</em>' attribute.
	 * @see org.techserv.equipment.model.EquipmentPackage#getDiagnosticRun_Passed()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isPassed();

} // DiagnosticRun
