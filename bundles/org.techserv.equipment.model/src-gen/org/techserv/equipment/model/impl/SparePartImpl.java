/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.SparePart;

import org.techserv.model.core.impl.EntityImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spare Part</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.SparePartImpl#getPartNumber <em>Part Number</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.SparePartImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.SparePartImpl#getOnHand <em>On Hand</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.SparePartImpl#getReorderLevel <em>Reorder Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SparePartImpl extends EntityImpl implements SparePart {
	/**
	 * The default value of the '{@link #getPartNumber() <em>Part Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String PART_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartNumber() <em>Part Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartNumber()
	 * @generated
	 * @ordered
	 */
	protected String partNumber = PART_NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getOnHand() <em>On Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnHand()
	 * @generated
	 * @ordered
	 */
	protected static final int ON_HAND_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOnHand() <em>On Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnHand()
	 * @generated
	 * @ordered
	 */
	protected int onHand = ON_HAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getReorderLevel() <em>Reorder Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReorderLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int REORDER_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReorderLevel() <em>Reorder Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReorderLevel()
	 * @generated
	 * @ordered
	 */
	protected int reorderLevel = REORDER_LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SparePartImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.SPARE_PART;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartNumber() {
		return partNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartNumber(String newPartNumber) {
		String oldPartNumber = partNumber;
		partNumber = newPartNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SPARE_PART__PART_NUMBER, oldPartNumber, partNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SPARE_PART__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOnHand() {
		return onHand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnHand(int newOnHand) {
		int oldOnHand = onHand;
		onHand = newOnHand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SPARE_PART__ON_HAND, oldOnHand, onHand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReorderLevel() {
		return reorderLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReorderLevel(int newReorderLevel) {
		int oldReorderLevel = reorderLevel;
		reorderLevel = newReorderLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SPARE_PART__REORDER_LEVEL, oldReorderLevel, reorderLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validStock(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.equipment.model.util.EquipmentRules.stockNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EquipmentPackage.SPARE_PART__PART_NUMBER:
				return getPartNumber();
			case EquipmentPackage.SPARE_PART__NAME:
				return getName();
			case EquipmentPackage.SPARE_PART__ON_HAND:
				return getOnHand();
			case EquipmentPackage.SPARE_PART__REORDER_LEVEL:
				return getReorderLevel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EquipmentPackage.SPARE_PART__PART_NUMBER:
				setPartNumber((String)newValue);
				return;
			case EquipmentPackage.SPARE_PART__NAME:
				setName((String)newValue);
				return;
			case EquipmentPackage.SPARE_PART__ON_HAND:
				setOnHand((Integer)newValue);
				return;
			case EquipmentPackage.SPARE_PART__REORDER_LEVEL:
				setReorderLevel((Integer)newValue);
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
			case EquipmentPackage.SPARE_PART__PART_NUMBER:
				setPartNumber(PART_NUMBER_EDEFAULT);
				return;
			case EquipmentPackage.SPARE_PART__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EquipmentPackage.SPARE_PART__ON_HAND:
				setOnHand(ON_HAND_EDEFAULT);
				return;
			case EquipmentPackage.SPARE_PART__REORDER_LEVEL:
				setReorderLevel(REORDER_LEVEL_EDEFAULT);
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
			case EquipmentPackage.SPARE_PART__PART_NUMBER:
				return PART_NUMBER_EDEFAULT == null ? partNumber != null : !PART_NUMBER_EDEFAULT.equals(partNumber);
			case EquipmentPackage.SPARE_PART__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EquipmentPackage.SPARE_PART__ON_HAND:
				return onHand != ON_HAND_EDEFAULT;
			case EquipmentPackage.SPARE_PART__REORDER_LEVEL:
				return reorderLevel != REORDER_LEVEL_EDEFAULT;
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
			case EquipmentPackage.SPARE_PART___VALID_STOCK__DIAGNOSTICCHAIN_MAP:
				return validStock((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (partNumber: ");
		result.append(partNumber);
		result.append(", name: ");
		result.append(name);
		result.append(", onHand: ");
		result.append(onHand);
		result.append(", reorderLevel: ");
		result.append(reorderLevel);
		result.append(')');
		return result.toString();
	}

} //SparePartImpl
