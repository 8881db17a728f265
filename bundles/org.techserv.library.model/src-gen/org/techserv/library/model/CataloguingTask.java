/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model;

import org.techserv.model.core.WorkItem;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cataloguing Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record waiting to be catalogued or reviewed by a librarian.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.library.model.CataloguingTask#getRecord <em>Record</em>}</li>
 *   <li>{@link org.techserv.library.model.CataloguingTask#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.techserv.library.model.LibraryPackage#getCataloguingTask()
 * @model
 * @generated
 */
public interface CataloguingTask extends WorkItem {
	/**
	 * Returns the value of the '<em><b>Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record</em>' reference.
	 * @see #setRecord(BibliographicRecord)
	 * @see org.techserv.library.model.LibraryPackage#getCataloguingTask_Record()
	 * @model
	 * @generated
	 */
	BibliographicRecord getRecord();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.CataloguingTask#getRecord <em>Record</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record</em>' reference.
	 * @see #getRecord()
	 * @generated
	 */
	void setRecord(BibliographicRecord value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.library.model.TaskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.library.model.TaskKind
	 * @see #setKind(TaskKind)
	 * @see org.techserv.library.model.LibraryPackage#getCataloguingTask_Kind()
	 * @model
	 * @generated
	 */
	TaskKind getKind();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.CataloguingTask#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.library.model.TaskKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TaskKind value);

} // CataloguingTask
