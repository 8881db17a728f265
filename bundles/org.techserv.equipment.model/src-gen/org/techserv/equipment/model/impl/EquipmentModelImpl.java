/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentPackage;

import org.techserv.model.core.QualificationKind;

import org.techserv.model.core.impl.EntityImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getModelNumber <em>Model Number</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getInstallRequires <em>Install Requires</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getRepairRequires <em>Repair Requires</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getWarrantyMonths <em>Warranty Months</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.EquipmentModelImpl#getMaintenanceIntervalDays <em>Maintenance Interval Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EquipmentModelImpl extends EntityImpl implements EquipmentModel {
	/**
	 * The default value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected static final String MANUFACTURER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected String manufacturer = MANUFACTURER_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelNumber() <em>Model Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelNumber() <em>Model Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelNumber()
	 * @generated
	 * @ordered
	 */
	protected String modelNumber = MODEL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstallRequires() <em>Install Requires</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallRequires()
	 * @generated
	 * @ordered
	 */
	protected EList<QualificationKind> installRequires;

	/**
	 * The cached value of the '{@link #getRepairRequires() <em>Repair Requires</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairRequires()
	 * @generated
	 * @ordered
	 */
	protected EList<QualificationKind> repairRequires;

	/**
	 * The default value of the '{@link #getWarrantyMonths() <em>Warranty Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarrantyMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int WARRANTY_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWarrantyMonths() <em>Warranty Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarrantyMonths()
	 * @generated
	 * @ordered
	 */
	protected int warrantyMonths = WARRANTY_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaintenanceIntervalDays() <em>Maintenance Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaintenanceIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected static final int MAINTENANCE_INTERVAL_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaintenanceIntervalDays() <em>Maintenance Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaintenanceIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected int maintenanceIntervalDays = MAINTENANCE_INTERVAL_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EquipmentModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.EQUIPMENT_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManufacturer() {
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(String newManufacturer) {
		String oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.EQUIPMENT_MODEL__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelNumber() {
		return modelNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelNumber(String newModelNumber) {
		String oldModelNumber = modelNumber;
		modelNumber = newModelNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.EQUIPMENT_MODEL__MODEL_NUMBER, oldModelNumber, modelNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.EQUIPMENT_MODEL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.EQUIPMENT_MODEL__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QualificationKind> getInstallRequires() {
		if (installRequires == null) {
			installRequires = new EDataTypeUniqueEList<QualificationKind>(QualificationKind.class, this, EquipmentPackage.EQUIPMENT_MODEL__INSTALL_REQUIRES);
		}
		return installRequires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QualificationKind> getRepairRequires() {
		if (repairRequires == null) {
			repairRequires = new EDataTypeUniqueEList<QualificationKind>(QualificationKind.class, this, EquipmentPackage.EQUIPMENT_MODEL__REPAIR_REQUIRES);
		}
		return repairRequires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarrantyMonths() {
		return warrantyMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarrantyMonths(int newWarrantyMonths) {
		int oldWarrantyMonths = warrantyMonths;
		warrantyMonths = newWarrantyMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.EQUIPMENT_MODEL__WARRANTY_MONTHS, oldWarrantyMonths, warrantyMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaintenanceIntervalDays() {
		return maintenanceIntervalDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaintenanceIntervalDays(int newMaintenanceIntervalDays) {
		int oldMaintenanceIntervalDays = maintenanceIntervalDays;
		maintenanceIntervalDays = newMaintenanceIntervalDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS, oldMaintenanceIntervalDays, maintenanceIntervalDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validNamed(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.equipment.model.util.EquipmentRules.modelNamed(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EquipmentPackage.EQUIPMENT_MODEL__MANUFACTURER:
				return getManufacturer();
			case EquipmentPackage.EQUIPMENT_MODEL__MODEL_NUMBER:
				return getModelNumber();
			case EquipmentPackage.EQUIPMENT_MODEL__NAME:
				return getName();
			case EquipmentPackage.EQUIPMENT_MODEL__CATEGORY:
				return getCategory();
			case EquipmentPackage.EQUIPMENT_MODEL__INSTALL_REQUIRES:
				return getInstallRequires();
			case EquipmentPackage.EQUIPMENT_MODEL__REPAIR_REQUIRES:
				return getRepairRequires();
			case EquipmentPackage.EQUIPMENT_MODEL__WARRANTY_MONTHS:
				return getWarrantyMonths();
			case EquipmentPackage.EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS:
				return getMaintenanceIntervalDays();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EquipmentPackage.EQUIPMENT_MODEL__MANUFACTURER:
				setManufacturer((String)newValue);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__MODEL_NUMBER:
				setModelNumber((String)newValue);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__NAME:
				setName((String)newValue);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__CATEGORY:
				setCategory((String)newValue);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__INSTALL_REQUIRES:
				getInstallRequires().clear();
				getInstallRequires().addAll((Collection<? extends QualificationKind>)newValue);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__REPAIR_REQUIRES:
				getRepairRequires().clear();
				getRepairRequires().addAll((Collection<? extends QualificationKind>)newValue);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__WARRANTY_MONTHS:
				setWarrantyMonths((Integer)newValue);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS:
				setMaintenanceIntervalDays((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EquipmentPackage.EQUIPMENT_MODEL__MANUFACTURER:
				setManufacturer(MANUFACTURER_EDEFAULT);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__MODEL_NUMBER:
				setModelNumber(MODEL_NUMBER_EDEFAULT);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__INSTALL_REQUIRES:
				getInstallRequires().clear();
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__REPAIR_REQUIRES:
				getRepairRequires().clear();
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__WARRANTY_MONTHS:
				setWarrantyMonths(WARRANTY_MONTHS_EDEFAULT);
				return;
			case EquipmentPackage.EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS:
				setMaintenanceIntervalDays(MAINTENANCE_INTERVAL_DAYS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EquipmentPackage.EQUIPMENT_MODEL__MANUFACTURER:
				return MANUFACTURER_EDEFAULT == null ? manufacturer != null : !MANUFACTURER_EDEFAULT.equals(manufacturer);
			case EquipmentPackage.EQUIPMENT_MODEL__MODEL_NUMBER:
				return MODEL_NUMBER_EDEFAULT == null ? modelNumber != null : !MODEL_NUMBER_EDEFAULT.equals(modelNumber);
			case EquipmentPackage.EQUIPMENT_MODEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EquipmentPackage.EQUIPMENT_MODEL__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case EquipmentPackage.EQUIPMENT_MODEL__INSTALL_REQUIRES:
				return installRequires != null && !installRequires.isEmpty();
			case EquipmentPackage.EQUIPMENT_MODEL__REPAIR_REQUIRES:
				return repairRequires != null && !repairRequires.isEmpty();
			case EquipmentPackage.EQUIPMENT_MODEL__WARRANTY_MONTHS:
				return warrantyMonths != WARRANTY_MONTHS_EDEFAULT;
			case EquipmentPackage.EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS:
				return maintenanceIntervalDays != MAINTENANCE_INTERVAL_DAYS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case EquipmentPackage.EQUIPMENT_MODEL___VALID_NAMED__DIAGNOSTICCHAIN_MAP:
				return validNamed((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (manufacturer: ");
		result.append(manufacturer);
		result.append(", modelNumber: ");
		result.append(modelNumber);
		result.append(", name: ");
		result.append(name);
		result.append(", category: ");
		result.append(category);
		result.append(", installRequires: ");
		result.append(installRequires);
		result.append(", repairRequires: ");
		result.append(repairRequires);
		result.append(", warrantyMonths: ");
		result.append(warrantyMonths);
		result.append(", maintenanceIntervalDays: ");
		result.append(maintenanceIntervalDays);
		result.append(')');
		return result.toString();
	}

} //EquipmentModelImpl
