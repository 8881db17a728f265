/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.DiagnosticRun;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.RepairLine;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.model.SignOff;
import org.techserv.equipment.model.TrainingSession;
import org.techserv.equipment.model.Visit;

import org.techserv.model.core.Party;

import org.techserv.model.core.impl.WorkItemImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Order</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getReportedProblem <em>Reported Problem</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getDiagnosticRuns <em>Diagnostic Runs</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getRepairLines <em>Repair Lines</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.ServiceOrderImpl#getSignOff <em>Sign Off</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceOrderImpl extends WorkItemImpl implements ServiceOrder {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceKind KIND_EDEFAULT = ServiceKind.INSTALLATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ServiceKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected Party customer;

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
	 * The default value of the '{@link #getReportedProblem() <em>Reported Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedProblem()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTED_PROBLEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedProblem() <em>Reported Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedProblem()
	 * @generated
	 * @ordered
	 */
	protected String reportedProblem = REPORTED_PROBLEM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected EList<Visit> visits;

	/**
	 * The cached value of the '{@link #getDiagnosticRuns() <em>Diagnostic Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosticRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagnosticRun> diagnosticRuns;

	/**
	 * The cached value of the '{@link #getRepairLines() <em>Repair Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairLines()
	 * @generated
	 * @ordered
	 */
	protected EList<RepairLine> repairLines;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected TrainingSession training;

	/**
	 * The cached value of the '{@link #getSignOff() <em>Sign Off</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignOff()
	 * @generated
	 * @ordered
	 */
	protected SignOff signOff;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceOrderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.SERVICE_ORDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ServiceKind newKind) {
		ServiceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getCustomer() {
		if (customer != null && customer.eIsProxy()) {
			InternalEObject oldCustomer = (InternalEObject)customer;
			customer = (Party)eResolveProxy(oldCustomer);
			if (customer != oldCustomer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.SERVICE_ORDER__CUSTOMER, oldCustomer, customer));
			}
		}
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Party newCustomer) {
		Party oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__CUSTOMER, oldCustomer, customer));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.SERVICE_ORDER__EQUIPMENT, oldEquipment, equipment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__EQUIPMENT, oldEquipment, equipment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportedProblem() {
		return reportedProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedProblem(String newReportedProblem) {
		String oldReportedProblem = reportedProblem;
		reportedProblem = newReportedProblem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__REPORTED_PROBLEM, oldReportedProblem, reportedProblem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Visit> getVisits() {
		if (visits == null) {
			visits = new EObjectContainmentEList<Visit>(Visit.class, this, EquipmentPackage.SERVICE_ORDER__VISITS);
		}
		return visits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagnosticRun> getDiagnosticRuns() {
		if (diagnosticRuns == null) {
			diagnosticRuns = new EObjectContainmentEList<DiagnosticRun>(DiagnosticRun.class, this, EquipmentPackage.SERVICE_ORDER__DIAGNOSTIC_RUNS);
		}
		return diagnosticRuns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RepairLine> getRepairLines() {
		if (repairLines == null) {
			repairLines = new EObjectContainmentEList<RepairLine>(RepairLine.class, this, EquipmentPackage.SERVICE_ORDER__REPAIR_LINES);
		}
		return repairLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSession getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(TrainingSession newTraining, NotificationChain msgs) {
		TrainingSession oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__TRAINING, oldTraining, newTraining);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraining(TrainingSession newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EquipmentPackage.SERVICE_ORDER__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EquipmentPackage.SERVICE_ORDER__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignOff getSignOff() {
		return signOff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignOff(SignOff newSignOff, NotificationChain msgs) {
		SignOff oldSignOff = signOff;
		signOff = newSignOff;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__SIGN_OFF, oldSignOff, newSignOff);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignOff(SignOff newSignOff) {
		if (newSignOff != signOff) {
			NotificationChain msgs = null;
			if (signOff != null)
				msgs = ((InternalEObject)signOff).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EquipmentPackage.SERVICE_ORDER__SIGN_OFF, null, msgs);
			if (newSignOff != null)
				msgs = ((InternalEObject)newSignOff).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EquipmentPackage.SERVICE_ORDER__SIGN_OFF, null, msgs);
			msgs = basicSetSignOff(newSignOff, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.SERVICE_ORDER__SIGN_OFF, newSignOff, newSignOff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validOrder(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.equipment.model.util.EquipmentRules.orderComplete(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EquipmentPackage.SERVICE_ORDER__VISITS:
				return ((InternalEList<?>)getVisits()).basicRemove(otherEnd, msgs);
			case EquipmentPackage.SERVICE_ORDER__DIAGNOSTIC_RUNS:
				return ((InternalEList<?>)getDiagnosticRuns()).basicRemove(otherEnd, msgs);
			case EquipmentPackage.SERVICE_ORDER__REPAIR_LINES:
				return ((InternalEList<?>)getRepairLines()).basicRemove(otherEnd, msgs);
			case EquipmentPackage.SERVICE_ORDER__TRAINING:
				return basicSetTraining(null, msgs);
			case EquipmentPackage.SERVICE_ORDER__SIGN_OFF:
				return basicSetSignOff(null, msgs);
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
			case EquipmentPackage.SERVICE_ORDER__KIND:
				return getKind();
			case EquipmentPackage.SERVICE_ORDER__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case EquipmentPackage.SERVICE_ORDER__EQUIPMENT:
				if (resolve) return getEquipment();
				return basicGetEquipment();
			case EquipmentPackage.SERVICE_ORDER__REPORTED_PROBLEM:
				return getReportedProblem();
			case EquipmentPackage.SERVICE_ORDER__VISITS:
				return getVisits();
			case EquipmentPackage.SERVICE_ORDER__DIAGNOSTIC_RUNS:
				return getDiagnosticRuns();
			case EquipmentPackage.SERVICE_ORDER__REPAIR_LINES:
				return getRepairLines();
			case EquipmentPackage.SERVICE_ORDER__TRAINING:
				return getTraining();
			case EquipmentPackage.SERVICE_ORDER__SIGN_OFF:
				return getSignOff();
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
			case EquipmentPackage.SERVICE_ORDER__KIND:
				setKind((ServiceKind)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__CUSTOMER:
				setCustomer((Party)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__EQUIPMENT:
				setEquipment((CustomerEquipment)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__REPORTED_PROBLEM:
				setReportedProblem((String)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__VISITS:
				getVisits().clear();
				getVisits().addAll((Collection<? extends Visit>)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__DIAGNOSTIC_RUNS:
				getDiagnosticRuns().clear();
				getDiagnosticRuns().addAll((Collection<? extends DiagnosticRun>)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__REPAIR_LINES:
				getRepairLines().clear();
				getRepairLines().addAll((Collection<? extends RepairLine>)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__TRAINING:
				setTraining((TrainingSession)newValue);
				return;
			case EquipmentPackage.SERVICE_ORDER__SIGN_OFF:
				setSignOff((SignOff)newValue);
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
			case EquipmentPackage.SERVICE_ORDER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EquipmentPackage.SERVICE_ORDER__CUSTOMER:
				setCustomer((Party)null);
				return;
			case EquipmentPackage.SERVICE_ORDER__EQUIPMENT:
				setEquipment((CustomerEquipment)null);
				return;
			case EquipmentPackage.SERVICE_ORDER__REPORTED_PROBLEM:
				setReportedProblem(REPORTED_PROBLEM_EDEFAULT);
				return;
			case EquipmentPackage.SERVICE_ORDER__VISITS:
				getVisits().clear();
				return;
			case EquipmentPackage.SERVICE_ORDER__DIAGNOSTIC_RUNS:
				getDiagnosticRuns().clear();
				return;
			case EquipmentPackage.SERVICE_ORDER__REPAIR_LINES:
				getRepairLines().clear();
				return;
			case EquipmentPackage.SERVICE_ORDER__TRAINING:
				setTraining((TrainingSession)null);
				return;
			case EquipmentPackage.SERVICE_ORDER__SIGN_OFF:
				setSignOff((SignOff)null);
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
			case EquipmentPackage.SERVICE_ORDER__KIND:
				return kind != KIND_EDEFAULT;
			case EquipmentPackage.SERVICE_ORDER__CUSTOMER:
				return customer != null;
			case EquipmentPackage.SERVICE_ORDER__EQUIPMENT:
				return equipment != null;
			case EquipmentPackage.SERVICE_ORDER__REPORTED_PROBLEM:
				return REPORTED_PROBLEM_EDEFAULT == null ? reportedProblem != null : !REPORTED_PROBLEM_EDEFAULT.equals(reportedProblem);
			case EquipmentPackage.SERVICE_ORDER__VISITS:
				return visits != null && !visits.isEmpty();
			case EquipmentPackage.SERVICE_ORDER__DIAGNOSTIC_RUNS:
				return diagnosticRuns != null && !diagnosticRuns.isEmpty();
			case EquipmentPackage.SERVICE_ORDER__REPAIR_LINES:
				return repairLines != null && !repairLines.isEmpty();
			case EquipmentPackage.SERVICE_ORDER__TRAINING:
				return training != null;
			case EquipmentPackage.SERVICE_ORDER__SIGN_OFF:
				return signOff != null;
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
			case EquipmentPackage.SERVICE_ORDER___VALID_ORDER__DIAGNOSTICCHAIN_MAP:
				return validOrder((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", reportedProblem: ");
		result.append(reportedProblem);
		result.append(')');
		return result.toString();
	}

} //ServiceOrderImpl
