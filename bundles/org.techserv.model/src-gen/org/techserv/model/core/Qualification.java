/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Qualification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A licence, diploma or degree: what it allows, who issued it, and when it is valid.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Qualification#getKind <em>Kind</em>}</li>
 *   <li>{@link org.techserv.model.core.Qualification#getNumber <em>Number</em>}</li>
 *   <li>{@link org.techserv.model.core.Qualification#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.techserv.model.core.Qualification#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.techserv.model.core.Qualification#getValidUntil <em>Valid Until</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getQualification()
 * @model
 * @generated
 */
public interface Qualification extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.model.core.QualificationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.model.core.QualificationKind
	 * @see #setKind(QualificationKind)
	 * @see org.techserv.model.core.CorePackage#getQualification_Kind()
	 * @model
	 * @generated
	 */
	QualificationKind getKind();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Qualification#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.model.core.QualificationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QualificationKind value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.techserv.model.core.CorePackage#getQualification_Number()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Qualification#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.techserv.model.core.CorePackage#getQualification_Issuer()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Qualification#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.techserv.model.core.CorePackage#getQualification_ValidFrom()
	 * @model dataType="org.techserv.model.core.Date"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Qualification#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(LocalDate)
	 * @see org.techserv.model.core.CorePackage#getQualification_ValidUntil()
	 * @model dataType="org.techserv.model.core.Date"
	 * @generated
	 */
	LocalDate getValidUntil();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Qualification#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(LocalDate value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the qualification is valid on the day: from and until are inclusive; an open end is valid.
	 * <!-- end-model-doc -->
	 * @model dayDataType="org.techserv.model.core.Date"
	 * @generated
	 */
	boolean isValidOn(LocalDate day);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Valid until must not be before valid from; a number and an issuer are required.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validPeriod(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Qualification
