/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.TrainingSession#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.techserv.equipment.model.TrainingSession#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.techserv.equipment.model.TrainingSession#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.techserv.equipment.model.TrainingSession#getCustomerSignedBy <em>Customer Signed By</em>}</li>
 *   <li>{@link org.techserv.equipment.model.TrainingSession#getCustomerSignedOn <em>Customer Signed On</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getTrainingSession()
 * @model
 * @generated
 */
public interface TrainingSession extends EObject {
	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' attribute list.
	 * @see org.techserv.equipment.model.EquipmentPackage#getTrainingSession_Attendees()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	EList<String> getAttendees();

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' attribute list.
	 * @see org.techserv.equipment.model.EquipmentPackage#getTrainingSession_Topics()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	EList<String> getTopics();

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see org.techserv.equipment.model.EquipmentPackage#getTrainingSession_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.TrainingSession#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Customer Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Signed By</em>' attribute.
	 * @see #setCustomerSignedBy(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getTrainingSession_CustomerSignedBy()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getCustomerSignedBy();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.TrainingSession#getCustomerSignedBy <em>Customer Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Signed By</em>' attribute.
	 * @see #getCustomerSignedBy()
	 * @generated
	 */
	void setCustomerSignedBy(String value);

	/**
	 * Returns the value of the '<em><b>Customer Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Signed On</em>' attribute.
	 * @see #setCustomerSignedOn(LocalDate)
	 * @see org.techserv.equipment.model.EquipmentPackage#getTrainingSession_CustomerSignedOn()
	 * @model dataType="org.techserv.model.core.Date"
	 * @generated
	 */
	LocalDate getCustomerSignedOn();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.TrainingSession#getCustomerSignedOn <em>Customer Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Signed On</em>' attribute.
	 * @see #getCustomerSignedOn()
	 * @generated
	 */
	void setCustomerSignedOn(LocalDate value);

} // TrainingSession
