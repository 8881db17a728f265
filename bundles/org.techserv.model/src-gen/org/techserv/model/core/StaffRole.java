/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.StaffRole#getStaffNumber <em>Staff Number</em>}</li>
 *   <li>{@link org.techserv.model.core.StaffRole#getFunction <em>Function</em>}</li>
 *   <li>{@link org.techserv.model.core.StaffRole#getLogin <em>Login</em>}</li>
 *   <li>{@link org.techserv.model.core.StaffRole#getQualifications <em>Qualifications</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getStaffRole()
 * @model
 * @generated
 */
public interface StaffRole extends PartyRole {
	/**
	 * Returns the value of the '<em><b>Staff Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff Number</em>' attribute.
	 * @see #setStaffNumber(String)
	 * @see org.techserv.model.core.CorePackage#getStaffRole_StaffNumber()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getStaffNumber();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.StaffRole#getStaffNumber <em>Staff Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff Number</em>' attribute.
	 * @see #getStaffNumber()
	 * @generated
	 */
	void setStaffNumber(String value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.model.core.StaffFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see org.techserv.model.core.StaffFunction
	 * @see #setFunction(StaffFunction)
	 * @see org.techserv.model.core.CorePackage#getStaffRole_Function()
	 * @model
	 * @generated
	 */
	StaffFunction getFunction();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.StaffRole#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see org.techserv.model.core.StaffFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(StaffFunction value);

	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name this staff member works under (audit trail, assignments).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.techserv.model.core.CorePackage#getStaffRole_Login()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.StaffRole#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

	/**
	 * Returns the value of the '<em><b>Qualifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.model.core.Qualification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qualifications</em>' containment reference list.
	 * @see org.techserv.model.core.CorePackage#getStaffRole_Qualifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Qualification> getQualifications();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The qualification of this kind valid on the day, or null.
	 * <!-- end-model-doc -->
	 * @model dayDataType="org.techserv.model.core.Date"
	 * @generated
	 */
	Qualification getQualification(QualificationKind kind, LocalDate day);

} // StaffRole
