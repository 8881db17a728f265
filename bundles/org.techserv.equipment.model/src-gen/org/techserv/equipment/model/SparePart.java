/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.techserv.model.core.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spare Part</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.SparePart#getPartNumber <em>Part Number</em>}</li>
 *   <li>{@link org.techserv.equipment.model.SparePart#getName <em>Name</em>}</li>
 *   <li>{@link org.techserv.equipment.model.SparePart#getOnHand <em>On Hand</em>}</li>
 *   <li>{@link org.techserv.equipment.model.SparePart#getReorderLevel <em>Reorder Level</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getSparePart()
 * @model
 * @generated
 */
public interface SparePart extends Entity {
	/**
	 * Returns the value of the '<em><b>Part Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part Number</em>' attribute.
	 * @see #setPartNumber(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getSparePart_PartNumber()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getPartNumber();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.SparePart#getPartNumber <em>Part Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Number</em>' attribute.
	 * @see #getPartNumber()
	 * @generated
	 */
	void setPartNumber(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getSparePart_Name()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.SparePart#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>On Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Hand</em>' attribute.
	 * @see #setOnHand(int)
	 * @see org.techserv.equipment.model.EquipmentPackage#getSparePart_OnHand()
	 * @model
	 * @generated
	 */
	int getOnHand();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.SparePart#getOnHand <em>On Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Hand</em>' attribute.
	 * @see #getOnHand()
	 * @generated
	 */
	void setOnHand(int value);

	/**
	 * Returns the value of the '<em><b>Reorder Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reorder Level</em>' attribute.
	 * @see #setReorderLevel(int)
	 * @see org.techserv.equipment.model.EquipmentPackage#getSparePart_ReorderLevel()
	 * @model
	 * @generated
	 */
	int getReorderLevel();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.SparePart#getReorderLevel <em>Reorder Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reorder Level</em>' attribute.
	 * @see #getReorderLevel()
	 * @generated
	 */
	void setReorderLevel(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validStock(DiagnosticChain diagnostics, Map<Object, Object> context);

} // SparePart
