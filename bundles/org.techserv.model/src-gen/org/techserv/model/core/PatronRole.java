/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patron Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.PatronRole#getBarcode <em>Barcode</em>}</li>
 *   <li>{@link org.techserv.model.core.PatronRole#isBlocked <em>Blocked</em>}</li>
 *   <li>{@link org.techserv.model.core.PatronRole#getBlockReason <em>Block Reason</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getPatronRole()
 * @model
 * @generated
 */
public interface PatronRole extends PartyRole {
	/**
	 * Returns the value of the '<em><b>Barcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Barcode</em>' attribute.
	 * @see #setBarcode(String)
	 * @see org.techserv.model.core.CorePackage#getPatronRole_Barcode()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getBarcode();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.PatronRole#getBarcode <em>Barcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Barcode</em>' attribute.
	 * @see #getBarcode()
	 * @generated
	 */
	void setBarcode(String value);

	/**
	 * Returns the value of the '<em><b>Blocked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blocked</em>' attribute.
	 * @see #setBlocked(boolean)
	 * @see org.techserv.model.core.CorePackage#getPatronRole_Blocked()
	 * @model
	 * @generated
	 */
	boolean isBlocked();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.PatronRole#isBlocked <em>Blocked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blocked</em>' attribute.
	 * @see #isBlocked()
	 * @generated
	 */
	void setBlocked(boolean value);

	/**
	 * Returns the value of the '<em><b>Block Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block Reason</em>' attribute.
	 * @see #setBlockReason(String)
	 * @see org.techserv.model.core.CorePackage#getPatronRole_BlockReason()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getBlockReason();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.PatronRole#getBlockReason <em>Block Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block Reason</em>' attribute.
	 * @see #getBlockReason()
	 * @generated
	 */
	void setBlockReason(String value);

} // PatronRole
