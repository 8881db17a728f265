/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.PartyRole#getParty <em>Party</em>}</li>
 * </ul>
 *
 * @see org.techserv.model.core.CorePackage#getPartyRole()
 * @model abstract="true"
 * @generated
 */
public interface PartyRole extends Entity {
	/**
	 * Returns the value of the '<em><b>Party</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.techserv.model.core.Party#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Party</em>' container reference.
	 * @see #setParty(Party)
	 * @see org.techserv.model.core.CorePackage#getPartyRole_Party()
	 * @see org.techserv.model.core.Party#getRoles
	 * @model opposite="roles"
	 * @generated
	 */
	Party getParty();

	/**
	 * Sets the value of the '{@link org.techserv.model.core.PartyRole#getParty <em>Party</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' container reference.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(Party value);

} // PartyRole
