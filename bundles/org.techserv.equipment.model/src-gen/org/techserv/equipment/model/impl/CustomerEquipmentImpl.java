/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.EquipmentStatus;

import org.techserv.model.core.Address;
import org.techserv.model.core.Party;

import org.techserv.model.core.impl.EntityImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Equipment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl#getInstalledOn <em>Installed On</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl#getWarrantyUntil <em>Warranty Until</em>}</li>
 *   <li>{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerEquipmentImpl extends EntityImpl implements CustomerEquipment {
	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected EquipmentModel model;

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
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected String serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Address site;

	/**
	 * The default value of the '{@link #getInstalledOn() <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INSTALLED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstalledOn() <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate installedOn = INSTALLED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarrantyUntil() <em>Warranty Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarrantyUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate WARRANTY_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWarrantyUntil() <em>Warranty Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarrantyUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate warrantyUntil = WARRANTY_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EquipmentStatus STATUS_EDEFAULT = EquipmentStatus.SOLD;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EquipmentStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerEquipmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EquipmentPackage.Literals.CUSTOMER_EQUIPMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentModel getModel() {
		if (model != null && model.eIsProxy()) {
			InternalEObject oldModel = (InternalEObject)model;
			model = (EquipmentModel)eResolveProxy(oldModel);
			if (model != oldModel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.CUSTOMER_EQUIPMENT__MODEL, oldModel, model));
			}
		}
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EquipmentModel basicGetModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(EquipmentModel newModel) {
		EquipmentModel oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__MODEL, oldModel, model));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EquipmentPackage.CUSTOMER_EQUIPMENT__CUSTOMER, oldCustomer, customer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(String newSerialNumber) {
		String oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Address getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSite(Address newSite, NotificationChain msgs) {
		Address oldSite = site;
		site = newSite;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__SITE, oldSite, newSite);
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
	public void setSite(Address newSite) {
		if (newSite != site) {
			NotificationChain msgs = null;
			if (site != null)
				msgs = ((InternalEObject)site).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EquipmentPackage.CUSTOMER_EQUIPMENT__SITE, null, msgs);
			if (newSite != null)
				msgs = ((InternalEObject)newSite).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EquipmentPackage.CUSTOMER_EQUIPMENT__SITE, null, msgs);
			msgs = basicSetSite(newSite, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__SITE, newSite, newSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInstalledOn() {
		return installedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstalledOn(LocalDate newInstalledOn) {
		LocalDate oldInstalledOn = installedOn;
		installedOn = newInstalledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__INSTALLED_ON, oldInstalledOn, installedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getWarrantyUntil() {
		return warrantyUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarrantyUntil(LocalDate newWarrantyUntil) {
		LocalDate oldWarrantyUntil = warrantyUntil;
		warrantyUntil = newWarrantyUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__WARRANTY_UNTIL, oldWarrantyUntil, warrantyUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EquipmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EquipmentStatus newStatus) {
		EquipmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EquipmentPackage.CUSTOMER_EQUIPMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validDates(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.equipment.model.util.EquipmentRules.equipmentComplete(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SITE:
				return basicSetSite(null, msgs);
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
			case EquipmentPackage.CUSTOMER_EQUIPMENT__MODEL:
				if (resolve) return getModel();
				return basicGetModel();
			case EquipmentPackage.CUSTOMER_EQUIPMENT__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SERIAL_NUMBER:
				return getSerialNumber();
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SITE:
				return getSite();
			case EquipmentPackage.CUSTOMER_EQUIPMENT__INSTALLED_ON:
				return getInstalledOn();
			case EquipmentPackage.CUSTOMER_EQUIPMENT__WARRANTY_UNTIL:
				return getWarrantyUntil();
			case EquipmentPackage.CUSTOMER_EQUIPMENT__STATUS:
				return getStatus();
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
			case EquipmentPackage.CUSTOMER_EQUIPMENT__MODEL:
				setModel((EquipmentModel)newValue);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__CUSTOMER:
				setCustomer((Party)newValue);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SITE:
				setSite((Address)newValue);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__INSTALLED_ON:
				setInstalledOn((LocalDate)newValue);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__WARRANTY_UNTIL:
				setWarrantyUntil((LocalDate)newValue);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__STATUS:
				setStatus((EquipmentStatus)newValue);
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
			case EquipmentPackage.CUSTOMER_EQUIPMENT__MODEL:
				setModel((EquipmentModel)null);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__CUSTOMER:
				setCustomer((Party)null);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SITE:
				setSite((Address)null);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__INSTALLED_ON:
				setInstalledOn(INSTALLED_ON_EDEFAULT);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__WARRANTY_UNTIL:
				setWarrantyUntil(WARRANTY_UNTIL_EDEFAULT);
				return;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case EquipmentPackage.CUSTOMER_EQUIPMENT__MODEL:
				return model != null;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__CUSTOMER:
				return customer != null;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case EquipmentPackage.CUSTOMER_EQUIPMENT__SITE:
				return site != null;
			case EquipmentPackage.CUSTOMER_EQUIPMENT__INSTALLED_ON:
				return INSTALLED_ON_EDEFAULT == null ? installedOn != null : !INSTALLED_ON_EDEFAULT.equals(installedOn);
			case EquipmentPackage.CUSTOMER_EQUIPMENT__WARRANTY_UNTIL:
				return WARRANTY_UNTIL_EDEFAULT == null ? warrantyUntil != null : !WARRANTY_UNTIL_EDEFAULT.equals(warrantyUntil);
			case EquipmentPackage.CUSTOMER_EQUIPMENT__STATUS:
				return status != STATUS_EDEFAULT;
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
			case EquipmentPackage.CUSTOMER_EQUIPMENT___VALID_DATES__DIAGNOSTICCHAIN_MAP:
				return validDates((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (serialNumber: ");
		result.append(serialNumber);
		result.append(", installedOn: ");
		result.append(installedOn);
		result.append(", warrantyUntil: ");
		result.append(warrantyUntil);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //CustomerEquipmentImpl
