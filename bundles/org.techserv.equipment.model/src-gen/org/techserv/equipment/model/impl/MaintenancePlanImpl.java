/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.MaintenancePlan;

import org.techserv.model.core.impl.EntityImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Maintenance Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.MaintenancePlanImpl#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.MaintenancePlanImpl#getIntervalDays <em>Interval Days</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.MaintenancePlanImpl#getNextDue <em>Next Due</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.MaintenancePlanImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaintenancePlanImpl extends EntityImpl implements MaintenancePlan {
	/**
	 * The cached value of the '{@link #getEquipment() <em>Equipment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected CustomerEquipment equipment;

	/**
	 * The default value of the '{@link #getIntervalDays() <em>Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIntervalDays() <em>Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected int intervalDays = INTERVAL_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextDue() <em>Next Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEXT_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextDue() <em>Next Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nextDue = NEXT_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaintenancePlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.MAINTENANCE_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerEquipment getEquipment() {
		if (equipment != null && equipment.eIsProxy()) {
			InternalEObject oldEquipment = (InternalEObject)equipment;
			equipment = (CustomerEquipment)eResolveProxy(oldEquipment);
			if (equipment != oldEquipment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.MAINTENANCE_PLAN__EQUIPMENT, oldEquipment, equipment));
			}
		}
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerEquipment basicGetEquipment() {
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEquipment(CustomerEquipment newEquipment) {
		CustomerEquipment oldEquipment = equipment;
		equipment = newEquipment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.MAINTENANCE_PLAN__EQUIPMENT, oldEquipment, equipment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalDays() {
		return intervalDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalDays(int newIntervalDays) {
		int oldIntervalDays = intervalDays;
		intervalDays = newIntervalDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.MAINTENANCE_PLAN__INTERVAL_DAYS, oldIntervalDays, intervalDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNextDue() {
		return nextDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextDue(LocalDate newNextDue) {
		LocalDate oldNextDue = nextDue;
		nextDue = newNextDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.MAINTENANCE_PLAN__NEXT_DUE, oldNextDue, nextDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.MAINTENANCE_PLAN__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EquipmentPackage.MAINTENANCE_PLAN__EQUIPMENT:
				if (resolve) return getEquipment();
				return basicGetEquipment();
			case EquipmentPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				return getIntervalDays();
			case EquipmentPackage.MAINTENANCE_PLAN__NEXT_DUE:
				return getNextDue();
			case EquipmentPackage.MAINTENANCE_PLAN__ACTIVE:
				return isActive();
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
			case EquipmentPackage.MAINTENANCE_PLAN__EQUIPMENT:
				setEquipment((CustomerEquipment)newValue);
				return;
			case EquipmentPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				setIntervalDays((Integer)newValue);
				return;
			case EquipmentPackage.MAINTENANCE_PLAN__NEXT_DUE:
				setNextDue((LocalDate)newValue);
				return;
			case EquipmentPackage.MAINTENANCE_PLAN__ACTIVE:
				setActive((Boolean)newValue);
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
			case EquipmentPackage.MAINTENANCE_PLAN__EQUIPMENT:
				setEquipment((CustomerEquipment)null);
				return;
			case EquipmentPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				setIntervalDays(INTERVAL_DAYS_EDEFAULT);
				return;
			case EquipmentPackage.MAINTENANCE_PLAN__NEXT_DUE:
				setNextDue(NEXT_DUE_EDEFAULT);
				return;
			case EquipmentPackage.MAINTENANCE_PLAN__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case EquipmentPackage.MAINTENANCE_PLAN__EQUIPMENT:
				return equipment != null;
			case EquipmentPackage.MAINTENANCE_PLAN__INTERVAL_DAYS:
				return intervalDays != INTERVAL_DAYS_EDEFAULT;
			case EquipmentPackage.MAINTENANCE_PLAN__NEXT_DUE:
				return NEXT_DUE_EDEFAULT == null ? nextDue != null : !NEXT_DUE_EDEFAULT.equals(nextDue);
			case EquipmentPackage.MAINTENANCE_PLAN__ACTIVE:
				return active != ACTIVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (intervalDays: ");
		result.append(intervalDays);
		result.append(", nextDue: ");
		result.append(nextDue);
		result.append(", active: ");
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //MaintenancePlanImpl
