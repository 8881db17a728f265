/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Person#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.techserv.model.core.Person#getFamilyName <em>Family Name</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Party {
	/**
	 * Returns the value of the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given Name</em>' attribute.
	 * @see #setGivenName(String)
	 * @see org.techserv.model.core.CorePackage#getPerson_GivenName()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getGivenName();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Person#getGivenName <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name</em>' attribute.
	 * @see #getGivenName()
	 * @generated
	 */
	void setGivenName(String value);

	/**
	 * Returns the value of the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Name</em>' attribute.
	 * @see #setFamilyName(String)
	 * @see org.techserv.model.core.CorePackage#getPerson_FamilyName()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getFamilyName();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Person#getFamilyName <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name</em>' attribute.
	 * @see #getFamilyName()
	 * @generated
	 */
	void setFamilyName(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person needs a given or a family name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validNamed(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Person
