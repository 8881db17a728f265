/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the store keeps in a row of its own: database id (0 until first saved), version for optimistic locking, and who created and last changed it when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Entity#getId <em>Id</em>}</li>
 *   <li>{@link org.techserv.model.core.Entity#getVersion <em>Version</em>}</li>
 *   <li>{@link org.techserv.model.core.Entity#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.techserv.model.core.Entity#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.techserv.model.core.Entity#getUpdatedBy <em>Updated By</em>}</li>
 *   <li>{@link org.techserv.model.core.Entity#getUpdatedAt <em>Updated At</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getEntity()
 * @model abstract="true"
 * @generated
 */
public interface Entity extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.techserv.model.core.CorePackage#getEntity_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Entity#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.techserv.model.core.CorePackage#getEntity_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Entity#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created By</em>' attribute.
	 * @see #setCreatedBy(String)
	 * @see org.techserv.model.core.CorePackage#getEntity_CreatedBy()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getCreatedBy();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Entity#getCreatedBy <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created By</em>' attribute.
	 * @see #getCreatedBy()
	 * @generated
	 */
	void setCreatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.techserv.model.core.CorePackage#getEntity_CreatedAt()
	 * @model dataType="org.techserv.model.core.Timestamp"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Entity#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated By</em>' attribute.
	 * @see #setUpdatedBy(String)
	 * @see org.techserv.model.core.CorePackage#getEntity_UpdatedBy()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getUpdatedBy();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Entity#getUpdatedBy <em>Updated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated By</em>' attribute.
	 * @see #getUpdatedBy()
	 * @generated
	 */
	void setUpdatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Instant)
	 * @see org.techserv.model.core.CorePackage#getEntity_UpdatedAt()
	 * @model dataType="org.techserv.model.core.Timestamp"
	 * @generated
	 */
	Instant getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Entity#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Instant value);

} // Entity
