/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.QualificationKind;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.model.core.impl.StaffRoleImpl#getStaffNumber <em>Staff Number</em>}</li>
 *   <li>{@link org.techserv.model.core.impl.StaffRoleImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.techserv.model.core.impl.StaffRoleImpl#getLogin <em>Login</em>}</li>
 *   <li>{@link org.techserv.model.core.impl.StaffRoleImpl#getQualifications <em>Qualifications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffRoleImpl extends PartyRoleImpl implements StaffRole {
	/**
	 * The default value of the '{@link #getStaffNumber() <em>Staff Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFF_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStaffNumber() <em>Staff Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffNumber()
	 * @generated
	 * @ordered
	 */
	protected String staffNumber = STAFF_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final StaffFunction FUNCTION_EDEFAULT = StaffFunction.TECHNICIAN;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected StaffFunction function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogin() <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogin()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogin() <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogin()
	 * @generated
	 * @ordered
	 */
	protected String login = LOGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQualifications() <em>Qualifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Qualification> qualifications;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.STAFF_ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffNumber() {
		return staffNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffNumber(String newStaffNumber) {
		String oldStaffNumber = staffNumber;
		staffNumber = newStaffNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.STAFF_ROLE__STAFF_NUMBER, oldStaffNumber, staffNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffFunction getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(StaffFunction newFunction) {
		StaffFunction oldFunction = function;
		function = newFunction == null ? FUNCTION_EDEFAULT : newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.STAFF_ROLE__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogin() {
		return login;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogin(String newLogin) {
		String oldLogin = login;
		login = newLogin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.STAFF_ROLE__LOGIN, oldLogin, login));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Qualification> getQualifications() {
		if (qualifications == null) {
			qualifications = new EObjectContainmentEList<Qualification>(Qualification.class, this, CorePackage.STAFF_ROLE__QUALIFICATIONS);
		}
		return qualifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Qualification getQualification(final QualificationKind kind, final LocalDate day) {
		for (Qualification qualification : getQualifications()) {
		  if (qualification.getKind() == kind && qualification.isValidOn(day)) {
		    return qualification;
		  }
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorePackage.STAFF_ROLE__QUALIFICATIONS:
				return ((InternalEList<?>)getQualifications()).basicRemove(otherEnd, msgs);
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
			case CorePackage.STAFF_ROLE__STAFF_NUMBER:
				return getStaffNumber();
			case CorePackage.STAFF_ROLE__FUNCTION:
				return getFunction();
			case CorePackage.STAFF_ROLE__LOGIN:
				return getLogin();
			case CorePackage.STAFF_ROLE__QUALIFICATIONS:
				return getQualifications();
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
			case CorePackage.STAFF_ROLE__STAFF_NUMBER:
				setStaffNumber((String)newValue);
				return;
			case CorePackage.STAFF_ROLE__FUNCTION:
				setFunction((StaffFunction)newValue);
				return;
			case CorePackage.STAFF_ROLE__LOGIN:
				setLogin((String)newValue);
				return;
			case CorePackage.STAFF_ROLE__QUALIFICATIONS:
				getQualifications().clear();
				getQualifications().addAll((Collection<? extends Qualification>)newValue);
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
			case CorePackage.STAFF_ROLE__STAFF_NUMBER:
				setStaffNumber(STAFF_NUMBER_EDEFAULT);
				return;
			case CorePackage.STAFF_ROLE__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case CorePackage.STAFF_ROLE__LOGIN:
				setLogin(LOGIN_EDEFAULT);
				return;
			case CorePackage.STAFF_ROLE__QUALIFICATIONS:
				getQualifications().clear();
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
			case CorePackage.STAFF_ROLE__STAFF_NUMBER:
				return STAFF_NUMBER_EDEFAULT == null ? staffNumber != null : !STAFF_NUMBER_EDEFAULT.equals(staffNumber);
			case CorePackage.STAFF_ROLE__FUNCTION:
				return function != FUNCTION_EDEFAULT;
			case CorePackage.STAFF_ROLE__LOGIN:
				return LOGIN_EDEFAULT == null ? login != null : !LOGIN_EDEFAULT.equals(login);
			case CorePackage.STAFF_ROLE__QUALIFICATIONS:
				return qualifications != null && !qualifications.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CorePackage.STAFF_ROLE___GET_QUALIFICATION__QUALIFICATIONKIND_LOCALDATE:
				return getQualification((QualificationKind)arguments.get(0), (LocalDate)arguments.get(1));
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
		result.append(" (staffNumber: ");
		result.append(staffNumber);
		result.append(", function: ");
		result.append(function);
		result.append(", login: ");
		result.append(login);
		result.append(')');
		return result.toString();
	}

} //StaffRoleImpl
