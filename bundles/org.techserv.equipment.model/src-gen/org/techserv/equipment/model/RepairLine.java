/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Repair Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.RepairLine#getPart <em>Part</em>}</li>
 *   <li>{@link org.techserv.equipment.model.RepairLine#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.techserv.equipment.model.RepairLine#getLabourHours <em>Labour Hours</em>}</li>
 *   <li>{@link org.techserv.equipment.model.RepairLine#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getRepairLine()
 * @model
 * @generated
 */
public interface RepairLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Part</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part</em>' reference.
	 * @see #setPart(SparePart)
	 * @see org.techserv.equipment.model.EquipmentPackage#getRepairLine_Part()
	 * @model
	 * @generated
	 */
	SparePart getPart();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.RepairLine#getPart <em>Part</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part</em>' reference.
	 * @see #getPart()
	 * @generated
	 */
	void setPart(SparePart value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see org.techserv.equipment.model.EquipmentPackage#getRepairLine_Quantity()
	 * @model
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.RepairLine#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Labour Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labour Hours</em>' attribute.
	 * @see #setLabourHours(double)
	 * @see org.techserv.equipment.model.EquipmentPackage#getRepairLine_LabourHours()
	 * @model
	 * @generated
	 */
	double getLabourHours();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.RepairLine#getLabourHours <em>Labour Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Labour Hours</em>' attribute.
	 * @see #getLabourHours()
	 * @generated
	 */
	void setLabourHours(double value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getRepairLine_Description()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.RepairLine#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validQuantities(DiagnosticChain diagnostics, Map<Object, Object> context);

} // RepairLine
