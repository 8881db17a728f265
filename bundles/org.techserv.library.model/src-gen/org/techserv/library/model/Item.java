/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.techserv.model.core.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A copy the library holds of what a record describes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.library.model.Item#getRecord <em>Record</em>}</li>
 *   <li>{@link org.techserv.library.model.Item#getBarcode <em>Barcode</em>}</li>
 *   <li>{@link org.techserv.library.model.Item#getCallNumber <em>Call Number</em>}</li>
 *   <li>{@link org.techserv.library.model.Item#getLocation <em>Location</em>}</li>
 *   <li>{@link org.techserv.library.model.Item#getCopyNumber <em>Copy Number</em>}</li>
 *   <li>{@link org.techserv.library.model.Item#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.techserv.library.model.LibraryPackage#getItem()
 * @model
 * @generated
 */
public interface Item extends Entity {
	/**
	 * Returns the value of the '<em><b>Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record</em>' reference.
	 * @see #setRecord(BibliographicRecord)
	 * @see org.techserv.library.model.LibraryPackage#getItem_Record()
	 * @model
	 * @generated
	 */
	BibliographicRecord getRecord();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.Item#getRecord <em>Record</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record</em>' reference.
	 * @see #getRecord()
	 * @generated
	 */
	void setRecord(BibliographicRecord value);

	/**
	 * Returns the value of the '<em><b>Barcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Barcode</em>' attribute.
	 * @see #setBarcode(String)
	 * @see org.techserv.library.model.LibraryPackage#getItem_Barcode()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getBarcode();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.Item#getBarcode <em>Barcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Barcode</em>' attribute.
	 * @see #getBarcode()
	 * @generated
	 */
	void setBarcode(String value);

	/**
	 * Returns the value of the '<em><b>Call Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Number</em>' attribute.
	 * @see #setCallNumber(String)
	 * @see org.techserv.library.model.LibraryPackage#getItem_CallNumber()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getCallNumber();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.Item#getCallNumber <em>Call Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Number</em>' attribute.
	 * @see #getCallNumber()
	 * @generated
	 */
	void setCallNumber(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.techserv.library.model.LibraryPackage#getItem_Location()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.Item#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Copy Number</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Copy Number</em>' attribute.
	 * @see #setCopyNumber(int)
	 * @see org.techserv.library.model.LibraryPackage#getItem_CopyNumber()
	 * @model default="1"
	 * @generated
	 */
	int getCopyNumber();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.Item#getCopyNumber <em>Copy Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copy Number</em>' attribute.
	 * @see #getCopyNumber()
	 * @generated
	 */
	void setCopyNumber(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.library.model.ItemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.techserv.library.model.ItemStatus
	 * @see #setStatus(ItemStatus)
	 * @see org.techserv.library.model.LibraryPackage#getItem_Status()
	 * @model
	 * @generated
	 */
	ItemStatus getStatus();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.Item#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.techserv.library.model.ItemStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ItemStatus value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validItem(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Item
