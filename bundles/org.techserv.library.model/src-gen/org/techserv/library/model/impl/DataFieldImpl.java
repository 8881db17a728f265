/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryPackage;
import org.techserv.library.model.Subfield;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Field</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.library.model.impl.DataFieldImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.DataFieldImpl#getIndicator1 <em>Indicator1</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.DataFieldImpl#getIndicator2 <em>Indicator2</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.DataFieldImpl#getSubfields <em>Subfields</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataFieldImpl extends MinimalEObjectImpl.Container implements DataField {
	/**
	 * The default value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected static final String TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected String tag = TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndicator1() <em>Indicator1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator1()
	 * @generated
	 * @ordered
	 */
	protected static final char INDICATOR1_EDEFAULT = ' ';

	/**
	 * The cached value of the '{@link #getIndicator1() <em>Indicator1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator1()
	 * @generated
	 * @ordered
	 */
	protected char indicator1 = INDICATOR1_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndicator2() <em>Indicator2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator2()
	 * @generated
	 * @ordered
	 */
	protected static final char INDICATOR2_EDEFAULT = ' ';

	/**
	 * The cached value of the '{@link #getIndicator2() <em>Indicator2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator2()
	 * @generated
	 * @ordered
	 */
	protected char indicator2 = INDICATOR2_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubfields() <em>Subfields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubfields()
	 * @generated
	 * @ordered
	 */
	protected EList<Subfield> subfields;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataFieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LibraryPackage.Literals.DATA_FIELD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(String newTag) {
		String oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.DATA_FIELD__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public char getIndicator1() {
		return indicator1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator1(char newIndicator1) {
		char oldIndicator1 = indicator1;
		indicator1 = newIndicator1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.DATA_FIELD__INDICATOR1, oldIndicator1, indicator1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public char getIndicator2() {
		return indicator2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator2(char newIndicator2) {
		char oldIndicator2 = indicator2;
		indicator2 = newIndicator2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.DATA_FIELD__INDICATOR2, oldIndicator2, indicator2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subfield> getSubfields() {
		if (subfields == null) {
			subfields = new EObjectContainmentEList<Subfield>(Subfield.class, this, LibraryPackage.DATA_FIELD__SUBFIELDS);
		}
		return subfields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LibraryPackage.DATA_FIELD__SUBFIELDS:
				return ((InternalEList<?>)getSubfields()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LibraryPackage.DATA_FIELD__TAG:
				return getTag();
			case LibraryPackage.DATA_FIELD__INDICATOR1:
				return getIndicator1();
			case LibraryPackage.DATA_FIELD__INDICATOR2:
				return getIndicator2();
			case LibraryPackage.DATA_FIELD__SUBFIELDS:
				return getSubfields();
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
			case LibraryPackage.DATA_FIELD__TAG:
				setTag((String)newValue);
				return;
			case LibraryPackage.DATA_FIELD__INDICATOR1:
				setIndicator1((Character)newValue);
				return;
			case LibraryPackage.DATA_FIELD__INDICATOR2:
				setIndicator2((Character)newValue);
				return;
			case LibraryPackage.DATA_FIELD__SUBFIELDS:
				getSubfields().clear();
				getSubfields().addAll((Collection<? extends Subfield>)newValue);
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
			case LibraryPackage.DATA_FIELD__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case LibraryPackage.DATA_FIELD__INDICATOR1:
				setIndicator1(INDICATOR1_EDEFAULT);
				return;
			case LibraryPackage.DATA_FIELD__INDICATOR2:
				setIndicator2(INDICATOR2_EDEFAULT);
				return;
			case LibraryPackage.DATA_FIELD__SUBFIELDS:
				getSubfields().clear();
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
			case LibraryPackage.DATA_FIELD__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case LibraryPackage.DATA_FIELD__INDICATOR1:
				return indicator1 != INDICATOR1_EDEFAULT;
			case LibraryPackage.DATA_FIELD__INDICATOR2:
				return indicator2 != INDICATOR2_EDEFAULT;
			case LibraryPackage.DATA_FIELD__SUBFIELDS:
				return subfields != null && !subfields.isEmpty();
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
		result.append(" (tag: ");
		result.append(tag);
		result.append(", indicator1: ");
		result.append(indicator1);
		result.append(", indicator2: ");
		result.append(indicator2);
		result.append(')');
		return result.toString();
	}

} //DataFieldImpl
