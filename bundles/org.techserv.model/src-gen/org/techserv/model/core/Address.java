/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Address#getKind <em>Kind</em>}</li>
 *   <li>{@link org.techserv.model.core.Address#getStreet <em>Street</em>}</li>
 *   <li>{@link org.techserv.model.core.Address#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.techserv.model.core.Address#getCity <em>City</em>}</li>
 *   <li>{@link org.techserv.model.core.Address#getRegion <em>Region</em>}</li>
 *   <li>{@link org.techserv.model.core.Address#getCountry <em>Country</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getAddress()
 * @model
 * @generated
 */
public interface Address extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.model.core.AddressKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.model.core.AddressKind
	 * @see #setKind(AddressKind)
	 * @see org.techserv.model.core.CorePackage#getAddress_Kind()
	 * @model
	 * @generated
	 */
	AddressKind getKind();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Address#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.model.core.AddressKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AddressKind value);

	/**
	 * Returns the value of the '<em><b>Street</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Street</em>' attribute.
	 * @see #setStreet(String)
	 * @see org.techserv.model.core.CorePackage#getAddress_Street()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getStreet();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Address#getStreet <em>Street</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Street</em>' attribute.
	 * @see #getStreet()
	 * @generated
	 */
	void setStreet(String value);

	/**
	 * Returns the value of the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Postal Code</em>' attribute.
	 * @see #setPostalCode(String)
	 * @see org.techserv.model.core.CorePackage#getAddress_PostalCode()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getPostalCode();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Address#getPostalCode <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postal Code</em>' attribute.
	 * @see #getPostalCode()
	 * @generated
	 */
	void setPostalCode(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.techserv.model.core.CorePackage#getAddress_City()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Address#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.techserv.model.core.CorePackage#getAddress_Region()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Address#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.techserv.model.core.CorePackage#getAddress_Country()
	 * @model dataType="org.techserv.model.core.CountryCode"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Address#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An address needs a city and a country.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validComplete(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Address
