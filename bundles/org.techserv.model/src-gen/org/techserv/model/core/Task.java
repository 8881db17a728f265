/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plain task any organisation gives someone: call a customer back, order a part, tidy the reading room. Domains define richer work items.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Task#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getTask()
 * @model
 * @generated
 */
public interface Task extends WorkItem {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.techserv.model.core.CorePackage#getTask_Description()
	 * @model dataType="org.techserv.model.core.LongText"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Task#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Task
