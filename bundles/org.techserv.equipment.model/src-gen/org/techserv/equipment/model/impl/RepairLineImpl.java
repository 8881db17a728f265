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
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.SparePart;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Repair Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.RepairLineImpl#getPart <em>Part</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.RepairLineImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.RepairLineImpl#getLabourHours <em>Labour Hours</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.RepairLineImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RepairLineImpl extends MinimalEObjectImpl.Container implements RepairLine {
	/**
	 * The cached value of the '{@link #getPart() <em>Part</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPart()
	 * @generated
	 * @ordered
	 */
	protected SparePart part;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUANTITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected int quantity = QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabourHours() <em>Labour Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabourHours()
	 * @generated
	 * @ordered
	 */
	protected static final double LABOUR_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLabourHours() <em>Labour Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabourHours()
	 * @generated
	 * @ordered
	 */
	protected double labourHours = LABOUR_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepairLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.REPAIR_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SparePart getPart() {
		if (part != null && part.eIsProxy()) {
			InternalEObject oldPart = (InternalEObject)part;
			part = (SparePart)eResolveProxy(oldPart);
			if (part != oldPart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.REPAIR_LINE__PART, oldPart, part));
			}
		}
		return part;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SparePart basicGetPart() {
		return part;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPart(SparePart newPart) {
		SparePart oldPart = part;
		part = newPart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.REPAIR_LINE__PART, oldPart, part));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		int oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.REPAIR_LINE__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLabourHours() {
		return labourHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabourHours(double newLabourHours) {
		double oldLabourHours = labourHours;
		labourHours = newLabourHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.REPAIR_LINE__LABOUR_HOURS, oldLabourHours, labourHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.REPAIR_LINE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validQuantities(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.equipment.model.util.EquipmentRules.repairLineQuantities(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EquipmentPackage.REPAIR_LINE__PART:
				if (resolve) return getPart();
				return basicGetPart();
			case EquipmentPackage.REPAIR_LINE__QUANTITY:
				return getQuantity();
			case EquipmentPackage.REPAIR_LINE__LABOUR_HOURS:
				return getLabourHours();
			case EquipmentPackage.REPAIR_LINE__DESCRIPTION:
				return getDescription();
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
			case EquipmentPackage.REPAIR_LINE__PART:
				setPart((SparePart)newValue);
				return;
			case EquipmentPackage.REPAIR_LINE__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case EquipmentPackage.REPAIR_LINE__LABOUR_HOURS:
				setLabourHours((Double)newValue);
				return;
			case EquipmentPackage.REPAIR_LINE__DESCRIPTION:
				setDescription((String)newValue);
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
			case EquipmentPackage.REPAIR_LINE__PART:
				setPart((SparePart)null);
				return;
			case EquipmentPackage.REPAIR_LINE__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case EquipmentPackage.REPAIR_LINE__LABOUR_HOURS:
				setLabourHours(LABOUR_HOURS_EDEFAULT);
				return;
			case EquipmentPackage.REPAIR_LINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case EquipmentPackage.REPAIR_LINE__PART:
				return part != null;
			case EquipmentPackage.REPAIR_LINE__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case EquipmentPackage.REPAIR_LINE__LABOUR_HOURS:
				return labourHours != LABOUR_HOURS_EDEFAULT;
			case EquipmentPackage.REPAIR_LINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
			case EquipmentPackage.REPAIR_LINE___VALID_QUANTITIES__DIAGNOSTICCHAIN_MAP:
				return validQuantities((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (quantity: ");
		result.append(quantity);
		result.append(", labourHours: ");
		result.append(labourHours);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //RepairLineImpl
