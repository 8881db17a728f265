/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.Visit;

import org.techserv.model.core.Party;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.VisitImpl#getTechnician <em>Technician</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.VisitImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.VisitImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.VisitImpl#getTravelNote <em>Travel Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VisitImpl extends MinimalEObjectImpl.Container implements Visit {
	/**
	 * The cached value of the '{@link #getTechnician() <em>Technician</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnician()
	 * @generated
	 * @ordered
	 */
	protected Party technician;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Instant start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Instant END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Instant end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTravelNote() <em>Travel Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravelNote()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAVEL_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTravelNote() <em>Travel Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTravelNote()
	 * @generated
	 * @ordered
	 */
	protected String travelNote = TRAVEL_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VisitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.VISIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getTechnician() {
		if (technician != null && technician.eIsProxy()) {
			InternalEObject oldTechnician = (InternalEObject)technician;
			technician = (Party)eResolveProxy(oldTechnician);
			if (technician != oldTechnician) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.VISIT__TECHNICIAN, oldTechnician, technician));
			}
		}
		return technician;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetTechnician() {
		return technician;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnician(Party newTechnician) {
		Party oldTechnician = technician;
		technician = newTechnician;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.VISIT__TECHNICIAN, oldTechnician, technician));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Instant newStart) {
		Instant oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.VISIT__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Instant newEnd) {
		Instant oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.VISIT__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTravelNote() {
		return travelNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTravelNote(String newTravelNote) {
		String oldTravelNote = travelNote;
		travelNote = newTravelNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.VISIT__TRAVEL_NOTE, oldTravelNote, travelNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validWindow(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.equipment.model.util.EquipmentRules.visitWindow(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EquipmentPackage.VISIT__TECHNICIAN:
				if (resolve) return getTechnician();
				return basicGetTechnician();
			case EquipmentPackage.VISIT__START:
				return getStart();
			case EquipmentPackage.VISIT__END:
				return getEnd();
			case EquipmentPackage.VISIT__TRAVEL_NOTE:
				return getTravelNote();
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
			case EquipmentPackage.VISIT__TECHNICIAN:
				setTechnician((Party)newValue);
				return;
			case EquipmentPackage.VISIT__START:
				setStart((Instant)newValue);
				return;
			case EquipmentPackage.VISIT__END:
				setEnd((Instant)newValue);
				return;
			case EquipmentPackage.VISIT__TRAVEL_NOTE:
				setTravelNote((String)newValue);
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
			case EquipmentPackage.VISIT__TECHNICIAN:
				setTechnician((Party)null);
				return;
			case EquipmentPackage.VISIT__START:
				setStart(START_EDEFAULT);
				return;
			case EquipmentPackage.VISIT__END:
				setEnd(END_EDEFAULT);
				return;
			case EquipmentPackage.VISIT__TRAVEL_NOTE:
				setTravelNote(TRAVEL_NOTE_EDEFAULT);
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
			case EquipmentPackage.VISIT__TECHNICIAN:
				return technician != null;
			case EquipmentPackage.VISIT__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case EquipmentPackage.VISIT__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case EquipmentPackage.VISIT__TRAVEL_NOTE:
				return TRAVEL_NOTE_EDEFAULT == null ? travelNote != null : !TRAVEL_NOTE_EDEFAULT.equals(travelNote);
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
			case EquipmentPackage.VISIT___VALID_WINDOW__DIAGNOSTICCHAIN_MAP:
				return validWindow((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", travelNote: ");
		result.append(travelNote);
		result.append(')');
		return result.toString();
	}

} //VisitImpl
