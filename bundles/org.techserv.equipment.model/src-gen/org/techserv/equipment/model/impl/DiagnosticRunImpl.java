/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.time.Instant;

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

import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.StepResult;

import org.techserv.model.core.Party;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagnostic Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.DiagnosticRunImpl#getProcedureId <em>Procedure Id</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.DiagnosticRunImpl#getProcedureName <em>Procedure Name</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.DiagnosticRunImpl#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.DiagnosticRunImpl#getPerformedAt <em>Performed At</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.DiagnosticRunImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.DiagnosticRunImpl#isPassed <em>Passed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosticRunImpl extends MinimalEObjectImpl.Container implements DiagnosticRun {
	/**
	 * The default value of the '{@link #getProcedureId() <em>Procedure Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedureId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCEDURE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcedureId() <em>Procedure Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedureId()
	 * @generated
	 * @ordered
	 */
	protected String procedureId = PROCEDURE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcedureName() <em>Procedure Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedureName()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCEDURE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcedureName() <em>Procedure Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedureName()
	 * @generated
	 * @ordered
	 */
	protected String procedureName = PROCEDURE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerformedBy() <em>Performed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedBy()
	 * @generated
	 * @ordered
	 */
	protected Party performedBy;

	/**
	 * The default value of the '{@link #getPerformedAt() <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PERFORMED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerformedAt() <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant performedAt = PERFORMED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<StepResult> steps;

	/**
	 * The default value of the '{@link #isPassed() <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPassed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PASSED_EDEFAULT = false;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagnosticRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.DIAGNOSTIC_RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcedureId() {
		return procedureId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcedureId(String newProcedureId) {
		String oldProcedureId = procedureId;
		procedureId = newProcedureId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_ID, oldProcedureId, procedureId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcedureName() {
		return procedureName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcedureName(String newProcedureName) {
		String oldProcedureName = procedureName;
		procedureName = newProcedureName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_NAME, oldProcedureName, procedureName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getPerformedBy() {
		if (performedBy != null && performedBy.eIsProxy()) {
			InternalEObject oldPerformedBy = (InternalEObject)performedBy;
			performedBy = (Party)eResolveProxy(oldPerformedBy);
			if (performedBy != oldPerformedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_BY, oldPerformedBy, performedBy));
			}
		}
		return performedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetPerformedBy() {
		return performedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedBy(Party newPerformedBy) {
		Party oldPerformedBy = performedBy;
		performedBy = newPerformedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_BY, oldPerformedBy, performedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPerformedAt() {
		return performedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedAt(Instant newPerformedAt) {
		Instant oldPerformedAt = performedAt;
		performedAt = newPerformedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_AT, oldPerformedAt, performedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StepResult> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<StepResult>(StepResult.class, this, EquipmentPackage.DIAGNOSTIC_RUN__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPassed() {
		for (StepResult step : getSteps()) {
		  if (!step.isPassed()) {
		    return false;
		  }
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EquipmentPackage.DIAGNOSTIC_RUN__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_ID:
				return getProcedureId();
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_NAME:
				return getProcedureName();
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_BY:
				if (resolve) return getPerformedBy();
				return basicGetPerformedBy();
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_AT:
				return getPerformedAt();
			case EquipmentPackage.DIAGNOSTIC_RUN__STEPS:
				return getSteps();
			case EquipmentPackage.DIAGNOSTIC_RUN__PASSED:
				return isPassed();
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
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_ID:
				setProcedureId((String)newValue);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_NAME:
				setProcedureName((String)newValue);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_BY:
				setPerformedBy((Party)newValue);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_AT:
				setPerformedAt((Instant)newValue);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends StepResult>)newValue);
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
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_ID:
				setProcedureId(PROCEDURE_ID_EDEFAULT);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_NAME:
				setProcedureName(PROCEDURE_NAME_EDEFAULT);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_BY:
				setPerformedBy((Party)null);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_AT:
				setPerformedAt(PERFORMED_AT_EDEFAULT);
				return;
			case EquipmentPackage.DIAGNOSTIC_RUN__STEPS:
				getSteps().clear();
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
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_ID:
				return PROCEDURE_ID_EDEFAULT == null ? procedureId != null : !PROCEDURE_ID_EDEFAULT.equals(procedureId);
			case EquipmentPackage.DIAGNOSTIC_RUN__PROCEDURE_NAME:
				return PROCEDURE_NAME_EDEFAULT == null ? procedureName != null : !PROCEDURE_NAME_EDEFAULT.equals(procedureName);
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_BY:
				return performedBy != null;
			case EquipmentPackage.DIAGNOSTIC_RUN__PERFORMED_AT:
				return PERFORMED_AT_EDEFAULT == null ? performedAt != null : !PERFORMED_AT_EDEFAULT.equals(performedAt);
			case EquipmentPackage.DIAGNOSTIC_RUN__STEPS:
				return steps != null && !steps.isEmpty();
			case EquipmentPackage.DIAGNOSTIC_RUN__PASSED:
				return isPassed() != PASSED_EDEFAULT;
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
		result.append(" (procedureId: ");
		result.append(procedureId);
		result.append(", procedureName: ");
		result.append(procedureName);
		result.append(", performedAt: ");
		result.append(performedAt);
		result.append(')');
		return result.toString();
	}

} //DiagnosticRunImpl
