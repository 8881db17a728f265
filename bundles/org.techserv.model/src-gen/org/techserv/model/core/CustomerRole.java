/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.CustomerRole#getCustomerNumber <em>Customer Number</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getCustomerRole()
 * @model
 * @generated
 */
public interface CustomerRole extends PartyRole {
	/**
	 * Returns the value of the '<em><b>Customer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Number</em>' attribute.
	 * @see #setCustomerNumber(String)
	 * @see org.techserv.model.core.CorePackage#getCustomerRole_CustomerNumber()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getCustomerNumber();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.CustomerRole#getCustomerNumber <em>Customer Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Number</em>' attribute.
	 * @see #getCustomerNumber()
	 * @generated
	 */
	void setCustomerNumber(String value);

} // CustomerRole
