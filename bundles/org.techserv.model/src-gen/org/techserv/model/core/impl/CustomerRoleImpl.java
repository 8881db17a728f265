/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.techserv.model.core.CorePackage;
import org.techserv.model.core.CustomerRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.impl.CustomerRoleImpl#getCustomerNumber <em>Customer Number</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerRoleImpl extends PartyRoleImpl implements CustomerRole {
	/**
	 * The default value of the '{@link #getCustomerNumber() <em>Customer Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerNumber() <em>Customer Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerNumber()
	 * @generated
	 * @ordered
	 */
	protected String customerNumber = CUSTOMER_NUMBER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.CUSTOMER_ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerNumber() {
		return customerNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerNumber(String newCustomerNumber) {
		String oldCustomerNumber = customerNumber;
		customerNumber = newCustomerNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.CUSTOMER_ROLE__CUSTOMER_NUMBER, oldCustomerNumber, customerNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.CUSTOMER_ROLE__CUSTOMER_NUMBER:
				return getCustomerNumber();
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
			case CorePackage.CUSTOMER_ROLE__CUSTOMER_NUMBER:
				setCustomerNumber((String)newValue);
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
			case CorePackage.CUSTOMER_ROLE__CUSTOMER_NUMBER:
				setCustomerNumber(CUSTOMER_NUMBER_EDEFAULT);
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
			case CorePackage.CUSTOMER_ROLE__CUSTOMER_NUMBER:
				return CUSTOMER_NUMBER_EDEFAULT == null ? customerNumber != null : !CUSTOMER_NUMBER_EDEFAULT.equals(customerNumber);
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
		result.append(" (customerNumber: ");
		result.append(customerNumber);
		result.append(')');
		return result.toString();
	}

} //CustomerRoleImpl
