/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.techserv.model.core.Address;
import org.techserv.model.core.Entity;
import org.techserv.model.core.Party;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Equipment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine at a customer's site: its serial number is unique per model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.CustomerEquipment#getModel <em>Model</em>}</li>
 *   <li>{@link org.techserv.equipment.model.CustomerEquipment#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.techserv.equipment.model.CustomerEquipment#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.techserv.equipment.model.CustomerEquipment#getSite <em>Site</em>}</li>
 *   <li>{@link org.techserv.equipment.model.CustomerEquipment#getInstalledOn <em>Installed On</em>}</li>
 *   <li>{@link org.techserv.equipment.model.CustomerEquipment#getWarrantyUntil <em>Warranty Until</em>}</li>
 *   <li>{@link org.techserv.equipment.model.CustomerEquipment#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment()
 * @model
 * @generated
 */
public interface CustomerEquipment extends Entity {
	/**
	 * Returns the value of the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' reference.
	 * @see #setModel(EquipmentModel)
	 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment_Model()
	 * @model
	 * @generated
	 */
	EquipmentModel getModel();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.CustomerEquipment#getModel <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(EquipmentModel value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Party)
	 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment_Customer()
	 * @model
	 * @generated
	 */
	Party getCustomer();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.CustomerEquipment#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Party value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment_SerialNumber()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.CustomerEquipment#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' containment reference.
	 * @see #setSite(Address)
	 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment_Site()
	 * @model containment="true"
	 * @generated
	 */
	Address getSite();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.CustomerEquipment#getSite <em>Site</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' containment reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Address value);

	/**
	 * Returns the value of the '<em><b>Installed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Installed On</em>' attribute.
	 * @see #setInstalledOn(LocalDate)
	 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment_InstalledOn()
	 * @model dataType="org.techserv.model.core.Date"
	 * @generated
	 */
	LocalDate getInstalledOn();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.CustomerEquipment#getInstalledOn <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Installed On</em>' attribute.
	 * @see #getInstalledOn()
	 * @generated
	 */
	void setInstalledOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Warranty Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warranty Until</em>' attribute.
	 * @see #setWarrantyUntil(LocalDate)
	 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment_WarrantyUntil()
	 * @model dataType="org.techserv.model.core.Date"
	 * @generated
	 */
	LocalDate getWarrantyUntil();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.CustomerEquipment#getWarrantyUntil <em>Warranty Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warranty Until</em>' attribute.
	 * @see #getWarrantyUntil()
	 * @generated
	 */
	void setWarrantyUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.equipment.model.EquipmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.techserv.equipment.model.EquipmentStatus
	 * @see #setStatus(EquipmentStatus)
	 * @see org.techserv.equipment.model.EquipmentPackage#getCustomerEquipment_Status()
	 * @model
	 * @generated
	 */
	EquipmentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.CustomerEquipment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.techserv.equipment.model.EquipmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EquipmentStatus value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validDates(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CustomerEquipment
