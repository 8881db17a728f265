/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model.impl;

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

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryPackage;

import org.techserv.model.core.impl.EntityImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bibliographic Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getLeader <em>Leader</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getControlFields <em>Control Fields</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getDataFields <em>Data Fields</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getIsbn <em>Isbn</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getIssn <em>Issn</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getCallNumber <em>Call Number</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getControlNumber <em>Control Number</em>}</li>
 *   <li>{@link org.techserv.library.model.impl.BibliographicRecordImpl#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BibliographicRecordImpl extends EntityImpl implements BibliographicRecord {
	/**
	 * The default value of the '{@link #getLeader() <em>Leader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeader()
	 * @generated
	 * @ordered
	 */
	protected static final String LEADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeader() <em>Leader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeader()
	 * @generated
	 * @ordered
	 */
	protected String leader = LEADER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getControlFields() <em>Control Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlFields()
	 * @generated
	 * @ordered
	 */
	protected EList<ControlField> controlFields;

	/**
	 * The cached value of the '{@link #getDataFields() <em>Data Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFields()
	 * @generated
	 * @ordered
	 */
	protected EList<DataField> dataFields;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getIsbn() <em>Isbn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsbn()
	 * @generated
	 * @ordered
	 */
	protected static final String ISBN_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getIssn() <em>Issn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssn()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSN_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final String YEAR_EDEFAULT = null;

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
	 * The default value of the '{@link #getControlNumber() <em>Control Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTROL_NUMBER_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BibliographicRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeader() {
		return leader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeader(String newLeader) {
		String oldLeader = leader;
		leader = newLeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.BIBLIOGRAPHIC_RECORD__LEADER, oldLeader, leader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ControlField> getControlFields() {
		if (controlFields == null) {
			controlFields = new EObjectContainmentEList<ControlField>(ControlField.class, this, LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS);
		}
		return controlFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataField> getDataFields() {
		if (dataFields == null) {
			dataFields = new EObjectContainmentEList<DataField>(DataField.class, this, LibraryPackage.BIBLIOGRAPHIC_RECORD__DATA_FIELDS);
		}
		return dataFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LibraryPackage.BIBLIOGRAPHIC_RECORD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return org.techserv.library.model.util.RecordValues.title(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return org.techserv.library.model.util.RecordValues.author(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIsbn() {
		return org.techserv.library.model.util.RecordValues.isbn(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssn() {
		return org.techserv.library.model.util.RecordValues.issn(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return org.techserv.library.model.util.RecordValues.publisher(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getYear() {
		return org.techserv.library.model.util.RecordValues.year(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallNumber() {
		return org.techserv.library.model.util.RecordValues.callNumber(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getControlNumber() {
		return org.techserv.library.model.util.RecordValues.controlNumber(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSubjects() {
		return org.techserv.library.model.util.RecordValues.subjects(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validStructure(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.techserv.library.model.util.LibraryRules.recordStructure(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS:
				return ((InternalEList<?>)getControlFields()).basicRemove(otherEnd, msgs);
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__DATA_FIELDS:
				return ((InternalEList<?>)getDataFields()).basicRemove(otherEnd, msgs);
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
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__LEADER:
				return getLeader();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS:
				return getControlFields();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__DATA_FIELDS:
				return getDataFields();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SOURCE:
				return getSource();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__TITLE:
				return getTitle();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__AUTHOR:
				return getAuthor();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__ISBN:
				return getIsbn();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__ISSN:
				return getIssn();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__PUBLISHER:
				return getPublisher();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__YEAR:
				return getYear();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CALL_NUMBER:
				return getCallNumber();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_NUMBER:
				return getControlNumber();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SUBJECTS:
				return getSubjects();
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
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__LEADER:
				setLeader((String)newValue);
				return;
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS:
				getControlFields().clear();
				getControlFields().addAll((Collection<? extends ControlField>)newValue);
				return;
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__DATA_FIELDS:
				getDataFields().clear();
				getDataFields().addAll((Collection<? extends DataField>)newValue);
				return;
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SOURCE:
				setSource((String)newValue);
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
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__LEADER:
				setLeader(LEADER_EDEFAULT);
				return;
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS:
				getControlFields().clear();
				return;
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__DATA_FIELDS:
				getDataFields().clear();
				return;
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__LEADER:
				return LEADER_EDEFAULT == null ? leader != null : !LEADER_EDEFAULT.equals(leader);
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS:
				return controlFields != null && !controlFields.isEmpty();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__DATA_FIELDS:
				return dataFields != null && !dataFields.isEmpty();
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__TITLE:
				return TITLE_EDEFAULT == null ? getTitle() != null : !TITLE_EDEFAULT.equals(getTitle());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__AUTHOR:
				return AUTHOR_EDEFAULT == null ? getAuthor() != null : !AUTHOR_EDEFAULT.equals(getAuthor());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__ISBN:
				return ISBN_EDEFAULT == null ? getIsbn() != null : !ISBN_EDEFAULT.equals(getIsbn());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__ISSN:
				return ISSN_EDEFAULT == null ? getIssn() != null : !ISSN_EDEFAULT.equals(getIssn());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? getPublisher() != null : !PUBLISHER_EDEFAULT.equals(getPublisher());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__YEAR:
				return YEAR_EDEFAULT == null ? getYear() != null : !YEAR_EDEFAULT.equals(getYear());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CALL_NUMBER:
				return CALL_NUMBER_EDEFAULT == null ? getCallNumber() != null : !CALL_NUMBER_EDEFAULT.equals(getCallNumber());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_NUMBER:
				return CONTROL_NUMBER_EDEFAULT == null ? getControlNumber() != null : !CONTROL_NUMBER_EDEFAULT.equals(getControlNumber());
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SUBJECTS:
				return !getSubjects().isEmpty();
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
			case LibraryPackage.BIBLIOGRAPHIC_RECORD___VALID_STRUCTURE__DIAGNOSTICCHAIN_MAP:
				return validStructure((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (leader: ");
		result.append(leader);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //BibliographicRecordImpl
