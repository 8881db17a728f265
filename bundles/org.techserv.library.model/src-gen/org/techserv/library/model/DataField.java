/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.library.model.DataField#getTag <em>Tag</em>}</li>
 *   <li>{@link org.techserv.library.model.DataField#getIndicator1 <em>Indicator1</em>}</li>
 *   <li>{@link org.techserv.library.model.DataField#getIndicator2 <em>Indicator2</em>}</li>
 *   <li>{@link org.techserv.library.model.DataField#getSubfields <em>Subfields</em>}</li>
 * </ul>
 *
 * @see org.techserv.library.model.LibraryPackage#getDataField()
 * @model
 * @generated
 */
public interface DataField extends EObject {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.techserv.library.model.LibraryPackage#getDataField_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.DataField#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Indicator1</b></em>' attribute.
	 * The default value is <code>" "</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator1</em>' attribute.
	 * @see #setIndicator1(char)
	 * @see org.techserv.library.model.LibraryPackage#getDataField_Indicator1()
	 * @model default=" "
	 * @generated
	 */
	char getIndicator1();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.DataField#getIndicator1 <em>Indicator1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator1</em>' attribute.
	 * @see #getIndicator1()
	 * @generated
	 */
	void setIndicator1(char value);

	/**
	 * Returns the value of the '<em><b>Indicator2</b></em>' attribute.
	 * The default value is <code>" "</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator2</em>' attribute.
	 * @see #setIndicator2(char)
	 * @see org.techserv.library.model.LibraryPackage#getDataField_Indicator2()
	 * @model default=" "
	 * @generated
	 */
	char getIndicator2();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.DataField#getIndicator2 <em>Indicator2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator2</em>' attribute.
	 * @see #getIndicator2()
	 * @generated
	 */
	void setIndicator2(char value);

	/**
	 * Returns the value of the '<em><b>Subfields</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.library.model.Subfield}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subfields</em>' containment reference list.
	 * @see org.techserv.library.model.LibraryPackage#getDataField_Subfields()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subfield> getSubfields();

} // DataField
