/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Attachment#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.techserv.model.core.Attachment#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.techserv.model.core.Attachment#getSize <em>Size</em>}</li>
 *   <li>{@link org.techserv.model.core.Attachment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.techserv.model.core.Attachment#getContentKey <em>Content Key</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getAttachment()
 * @model
 * @generated
 */
public interface Attachment extends EObject {
	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.techserv.model.core.CorePackage#getAttachment_FileName()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Attachment#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see #setMediaType(String)
	 * @see org.techserv.model.core.CorePackage#getAttachment_MediaType()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getMediaType();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Attachment#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.techserv.model.core.CorePackage#getAttachment_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Attachment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.techserv.model.core.CorePackage#getAttachment_Description()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Attachment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Content Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the store keeps the bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Key</em>' attribute.
	 * @see #setContentKey(String)
	 * @see org.techserv.model.core.CorePackage#getAttachment_ContentKey()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getContentKey();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Attachment#getContentKey <em>Content Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Key</em>' attribute.
	 * @see #getContentKey()
	 * @generated
	 */
	void setContentKey(String value);

} // Attachment
