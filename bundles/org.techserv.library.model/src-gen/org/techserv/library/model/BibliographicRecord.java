/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.techserv.model.core.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bibliographic Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A MARC 21 bibliographic record, field by field in the order catalogued. The values lists show (title, author, ISBN, ...) are derived from the fields.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getLeader <em>Leader</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getControlFields <em>Control Fields</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getDataFields <em>Data Fields</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getSource <em>Source</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getTitle <em>Title</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getIsbn <em>Isbn</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getIssn <em>Issn</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getYear <em>Year</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getCallNumber <em>Call Number</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getControlNumber <em>Control Number</em>}</li>
 *   <li>{@link org.techserv.library.model.BibliographicRecord#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord()
 * @model
 * @generated
 */
public interface BibliographicRecord extends Entity {
	/**
	 * Returns the value of the '<em><b>Leader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leader</em>' attribute.
	 * @see #setLeader(String)
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Leader()
	 * @model
	 * @generated
	 */
	String getLeader();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.BibliographicRecord#getLeader <em>Leader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' attribute.
	 * @see #getLeader()
	 * @generated
	 */
	void setLeader(String value);

	/**
	 * Returns the value of the '<em><b>Control Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.library.model.ControlField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Fields</em>' containment reference list.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_ControlFields()
	 * @model containment="true"
	 * @generated
	 */
	EList<ControlField> getControlFields();

	/**
	 * Returns the value of the '<em><b>Data Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.library.model.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Fields</em>' containment reference list.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_DataFields()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataField> getDataFields();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the record came from: a file and record number, or an SRU target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Source()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.techserv.library.model.BibliographicRecord#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 245 $a $b (and $n $p), without the closing punctuation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Title()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 100, 110 or 111 $a.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Author()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getAuthor();

	/**
	 * Returns the value of the '<em><b>Isbn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first 020 $a, the ISBN only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Isbn</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Isbn()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getIsbn();

	/**
	 * Returns the value of the '<em><b>Issn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first 022 $a.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issn</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Issn()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getIssn();

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 264 or 260 $b.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Publisher()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getPublisher();

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of publication: 008/07-10, else 264/260 $c.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Year()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getYear();

	/**
	 * Returns the value of the '<em><b>Call Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 050, 090, 082 or 092: class number and item number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Call Number</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_CallNumber()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getCallNumber();

	/**
	 * Returns the value of the '<em><b>Control Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control Number</em>' attribute.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_ControlNumber()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getControlNumber();

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each 6XX heading, subdivisions joined with --.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subjects</em>' attribute list.
	 * @see org.techserv.library.model.LibraryPackage#getBibliographicRecord_Subjects()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<String> getSubjects();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validStructure(DiagnosticChain diagnostics, Map<Object, Object> context);

} // BibliographicRecord
