/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.ItemStatus;
import org.techserv.library.model.LibraryPackage;

import org.techserv.model.core.impl.EntityImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.library.model.impl.ItemImpl#getRecord <em>Record</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.ItemImpl#getBarcode <em>Barcode</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.ItemImpl#getCallNumber <em>Call Number</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.ItemImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.ItemImpl#getCopyNumber <em>Copy Number</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.ItemImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemImpl extends EntityImpl implements Item {
	/**
	 * The cached value of the '{@link #getRecord() <em>Record</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecord()
	 * @generated
	 * @ordered
	 */
	protected BibliographicRecord record;

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
	 * The default value of the '{@link #getCallNumber() <em>Call Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CALL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallNumber() <em>Call Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallNumber()
	 * @generated
	 * @ordered
	 */
	protected String callNumber = CALL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopyNumber() <em>Copy Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopyNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int COPY_NUMBER_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCopyNumber() <em>Copy Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopyNumber()
	 * @generated
	 * @ordered
	 */
	protected int copyNumber = COPY_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ItemStatus STATUS_EDEFAULT = ItemStatus.IN_PROCESSING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ItemStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LibraryPackage.Literals.ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BibliographicRecord getRecord() {
		if (record != null && record.eIsProxy()) {
			InternalEObject oldRecord = (InternalEObject)record;
			record = (BibliographicRecord)eResolveProxy(oldRecord);
			if (record != oldRecord) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LibraryPackage.ITEM__RECORD, oldRecord, record));
			}
		}
		return record;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BibliographicRecord basicGetRecord() {
		return record;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecord(BibliographicRecord newRecord) {
		BibliographicRecord oldRecord = record;
		record = newRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.ITEM__RECORD, oldRecord, record));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.ITEM__BARCODE, oldBarcode, barcode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallNumber() {
		return callNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallNumber(String newCallNumber) {
		String oldCallNumber = callNumber;
		callNumber = newCallNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.ITEM__CALL_NUMBER, oldCallNumber, callNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.ITEM__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCopyNumber() {
		return copyNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopyNumber(int newCopyNumber) {
		int oldCopyNumber = copyNumber;
		copyNumber = newCopyNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.ITEM__COPY_NUMBER, oldCopyNumber, copyNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ItemStatus newStatus) {
		ItemStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.ITEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validItem(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.library.model.util.LibraryRules.item(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LibraryPackage.ITEM__RECORD:
				if (resolve) return getRecord();
				return basicGetRecord();
			case LibraryPackage.ITEM__BARCODE:
				return getBarcode();
			case LibraryPackage.ITEM__CALL_NUMBER:
				return getCallNumber();
			case LibraryPackage.ITEM__LOCATION:
				return getLocation();
			case LibraryPackage.ITEM__COPY_NUMBER:
				return getCopyNumber();
			case LibraryPackage.ITEM__STATUS:
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
			case LibraryPackage.ITEM__RECORD:
				setRecord((BibliographicRecord)newValue);
				return;
			case LibraryPackage.ITEM__BARCODE:
				setBarcode((String)newValue);
				return;
			case LibraryPackage.ITEM__CALL_NUMBER:
				setCallNumber((String)newValue);
				return;
			case LibraryPackage.ITEM__LOCATION:
				setLocation((String)newValue);
				return;
			case LibraryPackage.ITEM__COPY_NUMBER:
				setCopyNumber((Integer)newValue);
				return;
			case LibraryPackage.ITEM__STATUS:
				setStatus((ItemStatus)newValue);
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
			case LibraryPackage.ITEM__RECORD:
				setRecord((BibliographicRecord)null);
				return;
			case LibraryPackage.ITEM__BARCODE:
				setBarcode(BARCODE_EDEFAULT);
				return;
			case LibraryPackage.ITEM__CALL_NUMBER:
				setCallNumber(CALL_NUMBER_EDEFAULT);
				return;
			case LibraryPackage.ITEM__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case LibraryPackage.ITEM__COPY_NUMBER:
				setCopyNumber(COPY_NUMBER_EDEFAULT);
				return;
			case LibraryPackage.ITEM__STATUS:
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
			case LibraryPackage.ITEM__RECORD:
				return record != null;
			case LibraryPackage.ITEM__BARCODE:
				return BARCODE_EDEFAULT == null ? barcode != null : !BARCODE_EDEFAULT.equals(barcode);
			case LibraryPackage.ITEM__CALL_NUMBER:
				return CALL_NUMBER_EDEFAULT == null ? callNumber != null : !CALL_NUMBER_EDEFAULT.equals(callNumber);
			case LibraryPackage.ITEM__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case LibraryPackage.ITEM__COPY_NUMBER:
				return copyNumber != COPY_NUMBER_EDEFAULT;
			case LibraryPackage.ITEM__STATUS:
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
			case LibraryPackage.ITEM___VALID_ITEM__DIAGNOSTICCHAIN_MAP:
				return validItem((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (barcode: ");
		result.append(barcode);
		result.append(", callNumber: ");
		result.append(callNumber);
		result.append(", location: ");
		result.append(location);
		result.append(", copyNumber: ");
		result.append(copyNumber);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
