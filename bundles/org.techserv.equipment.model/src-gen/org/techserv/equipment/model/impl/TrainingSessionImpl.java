/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.TrainingSession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.TrainingSessionImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.TrainingSessionImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.TrainingSessionImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.TrainingSessionImpl#getCustomerSignedBy <em>Customer Signed By</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.TrainingSessionImpl#getCustomerSignedOn <em>Customer Signed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSessionImpl extends MinimalEObjectImpl.Container implements TrainingSession {
	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<String> attendees;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> topics;

	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerSignedBy() <em>Customer Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSignedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_SIGNED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerSignedBy() <em>Customer Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSignedBy()
	 * @generated
	 * @ordered
	 */
	protected String customerSignedBy = CUSTOMER_SIGNED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerSignedOn() <em>Customer Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CUSTOMER_SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerSignedOn() <em>Customer Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSignedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate customerSignedOn = CUSTOMER_SIGNED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.TRAINING_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAttendees() {
		if (attendees == null) {
			attendees = new EDataTypeUniqueEList<String>(String.class, this, EquipmentPackage.TRAINING_SESSION__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopics() {
		if (topics == null) {
			topics = new EDataTypeUniqueEList<String>(String.class, this, EquipmentPackage.TRAINING_SESSION__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.TRAINING_SESSION__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerSignedBy() {
		return customerSignedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerSignedBy(String newCustomerSignedBy) {
		String oldCustomerSignedBy = customerSignedBy;
		customerSignedBy = newCustomerSignedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_BY, oldCustomerSignedBy, customerSignedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCustomerSignedOn() {
		return customerSignedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerSignedOn(LocalDate newCustomerSignedOn) {
		LocalDate oldCustomerSignedOn = customerSignedOn;
		customerSignedOn = newCustomerSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_ON, oldCustomerSignedOn, customerSignedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EquipmentPackage.TRAINING_SESSION__ATTENDEES:
				return getAttendees();
			case EquipmentPackage.TRAINING_SESSION__TOPICS:
				return getTopics();
			case EquipmentPackage.TRAINING_SESSION__DURATION_MINUTES:
				return getDurationMinutes();
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_BY:
				return getCustomerSignedBy();
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_ON:
				return getCustomerSignedOn();
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
			case EquipmentPackage.TRAINING_SESSION__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends String>)newValue);
				return;
			case EquipmentPackage.TRAINING_SESSION__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends String>)newValue);
				return;
			case EquipmentPackage.TRAINING_SESSION__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_BY:
				setCustomerSignedBy((String)newValue);
				return;
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_ON:
				setCustomerSignedOn((LocalDate)newValue);
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
			case EquipmentPackage.TRAINING_SESSION__ATTENDEES:
				getAttendees().clear();
				return;
			case EquipmentPackage.TRAINING_SESSION__TOPICS:
				getTopics().clear();
				return;
			case EquipmentPackage.TRAINING_SESSION__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_BY:
				setCustomerSignedBy(CUSTOMER_SIGNED_BY_EDEFAULT);
				return;
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_ON:
				setCustomerSignedOn(CUSTOMER_SIGNED_ON_EDEFAULT);
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
			case EquipmentPackage.TRAINING_SESSION__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case EquipmentPackage.TRAINING_SESSION__TOPICS:
				return topics != null && !topics.isEmpty();
			case EquipmentPackage.TRAINING_SESSION__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_BY:
				return CUSTOMER_SIGNED_BY_EDEFAULT == null ? customerSignedBy != null : !CUSTOMER_SIGNED_BY_EDEFAULT.equals(customerSignedBy);
			case EquipmentPackage.TRAINING_SESSION__CUSTOMER_SIGNED_ON:
				return CUSTOMER_SIGNED_ON_EDEFAULT == null ? customerSignedOn != null : !CUSTOMER_SIGNED_ON_EDEFAULT.equals(customerSignedOn);
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
		result.append(" (attendees: ");
		result.append(attendees);
		result.append(", topics: ");
		result.append(topics);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", customerSignedBy: ");
		result.append(customerSignedBy);
		result.append(", customerSignedOn: ");
		result.append(customerSignedOn);
		result.append(')');
		return result.toString();
	}

} //TrainingSessionImpl
