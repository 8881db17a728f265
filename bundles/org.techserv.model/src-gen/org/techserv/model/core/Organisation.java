/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Organisation#getName <em>Name</em>}</li>
 *   <li>{@link org.techserv.model.core.Organisation#getRegistrationNumber <em>Registration Number</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Party {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.techserv.model.core.CorePackage#getOrganisation_Name()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Organisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Registration Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registration Number</em>' attribute.
	 * @see #setRegistrationNumber(String)
	 * @see org.techserv.model.core.CorePackage#getOrganisation_RegistrationNumber()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getRegistrationNumber();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Organisation#getRegistrationNumber <em>Registration Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration Number</em>' attribute.
	 * @see #getRegistrationNumber()
	 * @generated
	 */
	void setRegistrationNumber(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An organisation needs a name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validNamed(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Organisation
