/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person or an organisation, in the roles it plays here.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.Party#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.techserv.model.core.Party#getEmail <em>Email</em>}</li>
 *   <li>{@link org.techserv.model.core.Party#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.techserv.model.core.Party#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.techserv.model.core.Party#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.techserv.model.core.Party#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.techserv.model.core.Party#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends Entity {
	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the party is named in lists: given and family name, or the organisation's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see org.techserv.model.core.CorePackage#getParty_DisplayName()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.techserv.model.core.CorePackage#getParty_Email()
	 * @model dataType="org.techserv.model.core.Email"
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Party#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.techserv.model.core.CorePackage#getParty_Phone()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.Party#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.model.core.Address}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' containment reference list.
	 * @see org.techserv.model.core.CorePackage#getParty_Addresses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Address> getAddresses();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.model.core.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.techserv.model.core.CorePackage#getParty_Notes()
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
	 * @see org.techserv.model.core.CorePackage#getParty_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.techserv.model.core.PartyRole}.
	 * It is bidirectional and its opposite is '{@link org.techserv.model.core.PartyRole#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.techserv.model.core.CorePackage#getParty_Roles()
	 * @see org.techserv.model.core.PartyRole#getParty
	 * @model opposite="party" containment="true"
	 * @generated
	 */
	EList<PartyRole> getRoles();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first role of the given kind, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	PartyRole getRole(EClass kind);

} // Party
