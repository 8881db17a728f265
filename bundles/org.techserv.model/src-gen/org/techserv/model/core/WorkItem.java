/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The shape every unit of work shares: service orders, cataloguing tasks, serial claims, binding batches. Each domain defines the status codes and the transitions between them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.WorkItem#getNumber <em>Number</em>}</li>
 *   <li>{@link org.techserv.model.core.WorkItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.techserv.model.core.WorkItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.techserv.model.core.WorkItem#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.techserv.model.core.WorkItem#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.techserv.model.core.WorkItem#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.techserv.model.core.WorkItem#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.techserv.model.core.WorkItem#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getWorkItem()
 * @model abstract="true"
 * @generated
 */
public interface WorkItem extends Entity {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number people quote, e.g. SO-2026-00042.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.techserv.model.core.CorePackage#getWorkItem_Number()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.WorkItem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.techserv.model.core.CorePackage#getWorkItem_Title()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.WorkItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see org.techserv.model.core.CorePackage#getWorkItem_Status()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.WorkItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"NORMAL"</code>.
	 * The literals are from the enumeration {@link org.techserv.model.core.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.techserv.model.core.Priority
	 * @see #setPriority(Priority)
	 * @see org.techserv.model.core.CorePackage#getWorkItem_Priority()
	 * @model default="NORMAL"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.WorkItem#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.techserv.model.core.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee</em>' reference.
	 * @see #setAssignee(Party)
	 * @see org.techserv.model.core.CorePackage#getWorkItem_Assignee()
	 * @model
	 * @generated
	 */
	Party getAssignee();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.WorkItem#getAssignee <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' reference.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(Party value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.techserv.model.core.CorePackage#getWorkItem_DueDate()
	 * @model dataType="org.techserv.model.core.Date"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.WorkItem#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.model.core.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.techserv.model.core.CorePackage#getWorkItem_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.model.core.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.techserv.model.core.CorePackage#getWorkItem_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A work item needs a title.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validTitled(DiagnosticChain diagnostics, Map<Object, Object> context);

} // WorkItem
