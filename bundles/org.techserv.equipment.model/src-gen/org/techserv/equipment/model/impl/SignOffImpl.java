/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.SignOff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sign Off</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.SignOffImpl#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.SignOffImpl#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.SignOffImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignOffImpl extends MinimalEObjectImpl.Container implements SignOff {
	/**
	 * The default value of the '{@link #getSignedBy() <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedBy() <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBy()
	 * @generated
	 * @ordered
	 */
	protected String signedBy = SIGNED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SIGNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant signedAt = SIGNED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignOffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.SIGN_OFF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignedBy() {
		return signedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedBy(String newSignedBy) {
		String oldSignedBy = signedBy;
		signedBy = newSignedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SIGN_OFF__SIGNED_BY, oldSignedBy, signedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSignedAt() {
		return signedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedAt(Instant newSignedAt) {
		Instant oldSignedAt = signedAt;
		signedAt = newSignedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SIGN_OFF__SIGNED_AT, oldSignedAt, signedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SIGN_OFF__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EquipmentPackage.SIGN_OFF__SIGNED_BY:
				return getSignedBy();
			case EquipmentPackage.SIGN_OFF__SIGNED_AT:
				return getSignedAt();
			case EquipmentPackage.SIGN_OFF__COMMENT:
				return getComment();
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
			case EquipmentPackage.SIGN_OFF__SIGNED_BY:
				setSignedBy((String)newValue);
				return;
			case EquipmentPackage.SIGN_OFF__SIGNED_AT:
				setSignedAt((Instant)newValue);
				return;
			case EquipmentPackage.SIGN_OFF__COMMENT:
				setComment((String)newValue);
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
			case EquipmentPackage.SIGN_OFF__SIGNED_BY:
				setSignedBy(SIGNED_BY_EDEFAULT);
				return;
			case EquipmentPackage.SIGN_OFF__SIGNED_AT:
				setSignedAt(SIGNED_AT_EDEFAULT);
				return;
			case EquipmentPackage.SIGN_OFF__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case EquipmentPackage.SIGN_OFF__SIGNED_BY:
				return SIGNED_BY_EDEFAULT == null ? signedBy != null : !SIGNED_BY_EDEFAULT.equals(signedBy);
			case EquipmentPackage.SIGN_OFF__SIGNED_AT:
				return SIGNED_AT_EDEFAULT == null ? signedAt != null : !SIGNED_AT_EDEFAULT.equals(signedAt);
			case EquipmentPackage.SIGN_OFF__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (signedBy: ");
		result.append(signedBy);
		result.append(", signedAt: ");
		result.append(signedAt);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //SignOffImpl
