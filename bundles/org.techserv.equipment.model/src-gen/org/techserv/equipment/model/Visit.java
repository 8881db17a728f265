/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

import org.techserv.model.core.Party;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.Visit#getTechnician <em>Technician</em>}</li>
 *   <li>{@link org.techserv.equipment.model.Visit#getStart <em>Start</em>}</li>
 *   <li>{@link org.techserv.equipment.model.Visit#getEnd <em>End</em>}</li>
 *   <li>{@link org.techserv.equipment.model.Visit#getTravelNote <em>Travel Note</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getVisit()
 * @model
 * @generated
 */
public interface Visit extends EObject {
	/**
	 * Returns the value of the '<em><b>Technician</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technician</em>' reference.
	 * @see #setTechnician(Party)
	 * @see org.techserv.equipment.model.EquipmentPackage#getVisit_Technician()
	 * @model
	 * @generated
	 */
	Party getTechnician();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.Visit#getTechnician <em>Technician</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technician</em>' reference.
	 * @see #getTechnician()
	 * @generated
	 */
	void setTechnician(Party value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Instant)
	 * @see org.techserv.equipment.model.EquipmentPackage#getVisit_Start()
	 * @model dataType="org.techserv.model.core.Timestamp"
	 * @generated
	 */
	Instant getStart();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.Visit#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Instant value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Instant)
	 * @see org.techserv.equipment.model.EquipmentPackage#getVisit_End()
	 * @model dataType="org.techserv.model.core.Timestamp"
	 * @generated
	 */
	Instant getEnd();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.Visit#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Instant value);

	/**
	 * Returns the value of the '<em><b>Travel Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Travel Note</em>' attribute.
	 * @see #setTravelNote(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getVisit_TravelNote()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getTravelNote();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.Visit#getTravelNote <em>Travel Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Travel Note</em>' attribute.
	 * @see #getTravelNote()
	 * @generated
	 */
	void setTravelNote(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validWindow(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Visit
