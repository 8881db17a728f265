/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.techserv.model.core.Entity;
import org.techserv.model.core.QualificationKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine the shop sells and services, and the qualifications a technician needs to install or repair it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getModelNumber <em>Model Number</em>}</li>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getName <em>Name</em>}</li>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getCategory <em>Category</em>}</li>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getInstallRequires <em>Install Requires</em>}</li>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getRepairRequires <em>Repair Requires</em>}</li>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getWarrantyMonths <em>Warranty Months</em>}</li>
 *   <li>{@link org.techserv.equipment.model.EquipmentModel#getMaintenanceIntervalDays <em>Maintenance Interval Days</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel()
 * @model
 * @generated
 */
public interface EquipmentModel extends Entity {
	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_Manufacturer()
	 * @model dataType="org.techserv.model.core.Name"
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.EquipmentModel#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Model Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Number</em>' attribute.
	 * @see #setModelNumber(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_ModelNumber()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getModelNumber();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.EquipmentModel#getModelNumber <em>Model Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Number</em>' attribute.
	 * @see #getModelNumber()
	 * @generated
	 */
	void setModelNumber(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_Name()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.EquipmentModel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E.g. AIR_CONDITIONER, GENERATOR, COMPRESSOR: diagnostic procedures name the categories they apply to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_Category()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.EquipmentModel#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Install Requires</b></em>' attribute list.
	 * The list contents are of type {@link org.techserv.model.core.QualificationKind}.
	 * The literals are from the enumeration {@link org.techserv.model.core.QualificationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Requires</em>' attribute list.
	 * @see org.techserv.model.core.QualificationKind
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_InstallRequires()
	 * @model
	 * @generated
	 */
	EList<QualificationKind> getInstallRequires();

	/**
	 * Returns the value of the '<em><b>Repair Requires</b></em>' attribute list.
	 * The list contents are of type {@link org.techserv.model.core.QualificationKind}.
	 * The literals are from the enumeration {@link org.techserv.model.core.QualificationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repair Requires</em>' attribute list.
	 * @see org.techserv.model.core.QualificationKind
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_RepairRequires()
	 * @model
	 * @generated
	 */
	EList<QualificationKind> getRepairRequires();

	/**
	 * Returns the value of the '<em><b>Warranty Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warranty Months</em>' attribute.
	 * @see #setWarrantyMonths(int)
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_WarrantyMonths()
	 * @model
	 * @generated
	 */
	int getWarrantyMonths();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.EquipmentModel#getWarrantyMonths <em>Warranty Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warranty Months</em>' attribute.
	 * @see #getWarrantyMonths()
	 * @generated
	 */
	void setWarrantyMonths(int value);

	/**
	 * Returns the value of the '<em><b>Maintenance Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maintenance Interval Days</em>' attribute.
	 * @see #setMaintenanceIntervalDays(int)
	 * @see org.techserv.equipment.model.EquipmentPackage#getEquipmentModel_MaintenanceIntervalDays()
	 * @model
	 * @generated
	 */
	int getMaintenanceIntervalDays();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.EquipmentModel#getMaintenanceIntervalDays <em>Maintenance Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maintenance Interval Days</em>' attribute.
	 * @see #getMaintenanceIntervalDays()
	 * @generated
	 */
	void setMaintenanceIntervalDays(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validNamed(DiagnosticChain diagnostics, Map<Object, Object> context);

} // EquipmentModel
