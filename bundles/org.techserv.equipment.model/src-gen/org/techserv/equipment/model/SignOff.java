/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sign Off</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.SignOff#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.techserv.equipment.model.SignOff#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.techserv.equipment.model.SignOff#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getSignOff()
 * @model
 * @generated
 */
public interface SignOff extends EObject {
	/**
	 * Returns the value of the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By</em>' attribute.
	 * @see #setSignedBy(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getSignOff_SignedBy()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getSignedBy();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.SignOff#getSignedBy <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By</em>' attribute.
	 * @see #getSignedBy()
	 * @generated
	 */
	void setSignedBy(String value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(Instant)
	 * @see org.techserv.equipment.model.EquipmentPackage#getSignOff_SignedAt()
	 * @model dataType="org.techserv.model.core.Timestamp"
	 * @generated
	 */
	Instant getSignedAt();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.SignOff#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getSignOff_Comment()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.SignOff#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // SignOff
