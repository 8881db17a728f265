/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.techserv.model.core.CorePackage;
import org.techserv.model.core.PatronRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patron Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.impl.PatronRoleImpl#getBarcode <em>Barcode</em>}</li>
 *   <li>{@link org.techserv.model.core.impl.PatronRoleImpl#isBlocked <em>Blocked</em>}</li>
 *   <li>{@link org.techserv.model.core.impl.PatronRoleImpl#getBlockReason <em>Block Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatronRoleImpl extends PartyRoleImpl implements PatronRole {
	/**
	 * The default value of the '{@link #getBarcode() <em>Barcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarcode()
	 * @generated
	 * @ordered
	 */
	protected static final String BARCODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBarcode() <em>Barcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarcode()
	 * @generated
	 * @ordered
	 */
	protected String barcode = BARCODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBlocked() <em>Blocked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlocked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BLOCKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBlocked() <em>Blocked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlocked()
	 * @generated
	 * @ordered
	 */
	protected boolean blocked = BLOCKED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlockReason() <em>Block Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockReason()
	 * @generated
	 * @ordered
	 */
	protected static final String BLOCK_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlockReason() <em>Block Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockReason()
	 * @generated
	 * @ordered
	 */
	protected String blockReason = BLOCK_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatronRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.PATRON_ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBarcode() {
		return barcode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBarcode(String newBarcode) {
		String oldBarcode = barcode;
		barcode = newBarcode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PATRON_ROLE__BARCODE, oldBarcode, barcode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBlocked() {
		return blocked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlocked(boolean newBlocked) {
		boolean oldBlocked = blocked;
		blocked = newBlocked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PATRON_ROLE__BLOCKED, oldBlocked, blocked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBlockReason() {
		return blockReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockReason(String newBlockReason) {
		String oldBlockReason = blockReason;
		blockReason = newBlockReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.PATRON_ROLE__BLOCK_REASON, oldBlockReason, blockReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.PATRON_ROLE__BARCODE:
				return getBarcode();
			case CorePackage.PATRON_ROLE__BLOCKED:
				return isBlocked();
			case CorePackage.PATRON_ROLE__BLOCK_REASON:
				return getBlockReason();
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
			case CorePackage.PATRON_ROLE__BARCODE:
				setBarcode((String)newValue);
				return;
			case CorePackage.PATRON_ROLE__BLOCKED:
				setBlocked((Boolean)newValue);
				return;
			case CorePackage.PATRON_ROLE__BLOCK_REASON:
				setBlockReason((String)newValue);
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
			case CorePackage.PATRON_ROLE__BARCODE:
				setBarcode(BARCODE_EDEFAULT);
				return;
			case CorePackage.PATRON_ROLE__BLOCKED:
				setBlocked(BLOCKED_EDEFAULT);
				return;
			case CorePackage.PATRON_ROLE__BLOCK_REASON:
				setBlockReason(BLOCK_REASON_EDEFAULT);
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
			case CorePackage.PATRON_ROLE__BARCODE:
				return BARCODE_EDEFAULT == null ? barcode != null : !BARCODE_EDEFAULT.equals(barcode);
			case CorePackage.PATRON_ROLE__BLOCKED:
				return blocked != BLOCKED_EDEFAULT;
			case CorePackage.PATRON_ROLE__BLOCK_REASON:
				return BLOCK_REASON_EDEFAULT == null ? blockReason != null : !BLOCK_REASON_EDEFAULT.equals(blockReason);
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
		result.append(" (barcode: ");
		result.append(barcode);
		result.append(", blocked: ");
		result.append(blocked);
		result.append(", blockReason: ");
		result.append(blockReason);
		result.append(')');
		return result.toString();
	}

} //PatronRoleImpl
