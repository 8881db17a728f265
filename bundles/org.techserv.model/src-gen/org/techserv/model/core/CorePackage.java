/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What every Techserv domain shares: people and organisations in their roles (customer, patron, staff), technicians' qualifications, addresses, notes, attachments, and the common shape of a work item.
 * <!-- end-model-doc -->
 * @see org.techserv.model.core.CoreFactory
 * @model kind="package"
 * @generated
 */
public interface CorePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "core";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://techserv.org/model/core/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "core";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CorePackage eINSTANCE = org.techserv.model.core.impl.CorePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.EntityImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CREATED_BY = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CREATED_AT = 3;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__UPDATED_BY = 4;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__UPDATED_AT = 5;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.AddressImpl <em>Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.AddressImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getAddress()
	 * @generated
	 */
	int ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__KIND = 0;

	/**
	 * The feature id for the '<em><b>Street</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__STREET = 1;

	/**
	 * The feature id for the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__POSTAL_CODE = 2;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__CITY = 3;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__REGION = 4;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__COUNTRY = 5;

	/**
	 * The number of structural features of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Valid Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS___VALID_COMPLETE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.NoteImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AUTHOR = 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CREATED_AT = 2;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.AttachmentImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 3;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FILE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__MEDIA_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SIZE = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Content Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CONTENT_KEY = 4;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.PartyImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__CREATED_BY = ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__CREATED_AT = ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__UPDATED_BY = ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__UPDATED_AT = ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__DISPLAY_NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__EMAIL = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__PHONE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ADDRESSES = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NOTES = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ATTACHMENTS = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ROLES = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Get Role</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY___GET_ROLE__ECLASS = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.PersonImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__VERSION = PARTY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CREATED_BY = PARTY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CREATED_AT = PARTY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__UPDATED_BY = PARTY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__UPDATED_AT = PARTY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DISPLAY_NAME = PARTY__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = PARTY__EMAIL;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PHONE = PARTY__PHONE;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ADDRESSES = PARTY__ADDRESSES;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NOTES = PARTY__NOTES;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ATTACHMENTS = PARTY__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ROLES = PARTY__ROLES;

	/**
	 * The feature id for the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__GIVEN_NAME = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__FAMILY_NAME = PARTY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = PARTY_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Role</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON___GET_ROLE__ECLASS = PARTY___GET_ROLE__ECLASS;

	/**
	 * The operation id for the '<em>Valid Named</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON___VALID_NAMED__DIAGNOSTICCHAIN_MAP = PARTY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = PARTY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.OrganisationImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__VERSION = PARTY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CREATED_BY = PARTY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CREATED_AT = PARTY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__UPDATED_BY = PARTY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__UPDATED_AT = PARTY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DISPLAY_NAME = PARTY__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__EMAIL = PARTY__EMAIL;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PHONE = PARTY__PHONE;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ADDRESSES = PARTY__ADDRESSES;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NOTES = PARTY__NOTES;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ATTACHMENTS = PARTY__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ROLES = PARTY__ROLES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Registration Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__REGISTRATION_NUMBER = PARTY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = PARTY_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Role</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION___GET_ROLE__ECLASS = PARTY___GET_ROLE__ECLASS;

	/**
	 * The operation id for the '<em>Valid Named</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION___VALID_NAMED__DIAGNOSTICCHAIN_MAP = PARTY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = PARTY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.PartyRoleImpl <em>Party Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.PartyRoleImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getPartyRole()
	 * @generated
	 */
	int PARTY_ROLE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE__CREATED_BY = ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE__CREATED_AT = ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE__UPDATED_BY = ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE__UPDATED_AT = ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Party</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE__PARTY = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Party Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Party Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_ROLE_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.CustomerRoleImpl <em>Customer Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.CustomerRoleImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getCustomerRole()
	 * @generated
	 */
	int CUSTOMER_ROLE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__ID = PARTY_ROLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__VERSION = PARTY_ROLE__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__CREATED_BY = PARTY_ROLE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__CREATED_AT = PARTY_ROLE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__UPDATED_BY = PARTY_ROLE__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__UPDATED_AT = PARTY_ROLE__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Party</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__PARTY = PARTY_ROLE__PARTY;

	/**
	 * The feature id for the '<em><b>Customer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__CUSTOMER_NUMBER = PARTY_ROLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Customer Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE_FEATURE_COUNT = PARTY_ROLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Customer Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE_OPERATION_COUNT = PARTY_ROLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.PatronRoleImpl <em>Patron Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.PatronRoleImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getPatronRole()
	 * @generated
	 */
	int PATRON_ROLE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__ID = PARTY_ROLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__VERSION = PARTY_ROLE__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__CREATED_BY = PARTY_ROLE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__CREATED_AT = PARTY_ROLE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__UPDATED_BY = PARTY_ROLE__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__UPDATED_AT = PARTY_ROLE__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Party</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__PARTY = PARTY_ROLE__PARTY;

	/**
	 * The feature id for the '<em><b>Barcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__BARCODE = PARTY_ROLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Blocked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__BLOCKED = PARTY_ROLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Block Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE__BLOCK_REASON = PARTY_ROLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Patron Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE_FEATURE_COUNT = PARTY_ROLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Patron Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATRON_ROLE_OPERATION_COUNT = PARTY_ROLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.StaffRoleImpl <em>Staff Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.StaffRoleImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getStaffRole()
	 * @generated
	 */
	int STAFF_ROLE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__ID = PARTY_ROLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__VERSION = PARTY_ROLE__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__CREATED_BY = PARTY_ROLE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__CREATED_AT = PARTY_ROLE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__UPDATED_BY = PARTY_ROLE__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__UPDATED_AT = PARTY_ROLE__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Party</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__PARTY = PARTY_ROLE__PARTY;

	/**
	 * The feature id for the '<em><b>Staff Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__STAFF_NUMBER = PARTY_ROLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__FUNCTION = PARTY_ROLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__LOGIN = PARTY_ROLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Qualifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE__QUALIFICATIONS = PARTY_ROLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Staff Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE_FEATURE_COUNT = PARTY_ROLE_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Qualification</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE___GET_QUALIFICATION__QUALIFICATIONKIND_LOCALDATE = PARTY_ROLE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Staff Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_ROLE_OPERATION_COUNT = PARTY_ROLE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.QualificationImpl <em>Qualification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.QualificationImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getQualification()
	 * @generated
	 */
	int QUALIFICATION = 11;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__ISSUER = 2;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__VALID_FROM = 3;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__VALID_UNTIL = 4;

	/**
	 * The number of structural features of the '<em>Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Is Valid On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION___IS_VALID_ON__LOCALDATE = 0;

	/**
	 * The operation id for the '<em>Valid Period</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION___VALID_PERIOD__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.WorkItemImpl <em>Work Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.WorkItemImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getWorkItem()
	 * @generated
	 */
	int WORK_ITEM = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__CREATED_BY = ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__CREATED_AT = ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__UPDATED_BY = ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__UPDATED_AT = ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__NUMBER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__TITLE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__STATUS = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__PRIORITY = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__ASSIGNEE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__DUE_DATE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__NOTES = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__ATTACHMENTS = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Work Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Valid Titled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM___VALID_TITLED__DIAGNOSTICCHAIN_MAP = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Work Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.impl.TaskImpl
	 * @see org.techserv.model.core.impl.CorePackageImpl#getTask()
	 * @generated
	 */
	int TASK = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ID = WORK_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__VERSION = WORK_ITEM__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__CREATED_BY = WORK_ITEM__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__CREATED_AT = WORK_ITEM__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__UPDATED_BY = WORK_ITEM__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__UPDATED_AT = WORK_ITEM__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NUMBER = WORK_ITEM__NUMBER;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__TITLE = WORK_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATUS = WORK_ITEM__STATUS;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PRIORITY = WORK_ITEM__PRIORITY;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ASSIGNEE = WORK_ITEM__ASSIGNEE;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DUE_DATE = WORK_ITEM__DUE_DATE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NOTES = WORK_ITEM__NOTES;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ATTACHMENTS = WORK_ITEM__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DESCRIPTION = WORK_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = WORK_ITEM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Valid Titled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK___VALID_TITLED__DIAGNOSTICCHAIN_MAP = WORK_ITEM___VALID_TITLED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = WORK_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.Priority
	 * @see org.techserv.model.core.impl.CorePackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 14;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.AddressKind <em>Address Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.AddressKind
	 * @see org.techserv.model.core.impl.CorePackageImpl#getAddressKind()
	 * @generated
	 */
	int ADDRESS_KIND = 15;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.QualificationKind <em>Qualification Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.QualificationKind
	 * @see org.techserv.model.core.impl.CorePackageImpl#getQualificationKind()
	 * @generated
	 */
	int QUALIFICATION_KIND = 16;

	/**
	 * The meta object id for the '{@link org.techserv.model.core.StaffFunction <em>Staff Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.model.core.StaffFunction
	 * @see org.techserv.model.core.impl.CorePackageImpl#getStaffFunction()
	 * @generated
	 */
	int STAFF_FUNCTION = 17;

	/**
	 * The meta object id for the '<em>Code</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.techserv.model.core.impl.CorePackageImpl#getCode()
	 * @generated
	 */
	int CODE = 18;

	/**
	 * The meta object id for the '<em>Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.techserv.model.core.impl.CorePackageImpl#getName_()
	 * @generated
	 */
	int NAME = 19;

	/**
	 * The meta object id for the '<em>Text</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.techserv.model.core.impl.CorePackageImpl#getText()
	 * @generated
	 */
	int TEXT = 20;

	/**
	 * The meta object id for the '<em>Long Text</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.techserv.model.core.impl.CorePackageImpl#getLongText()
	 * @generated
	 */
	int LONG_TEXT = 21;

	/**
	 * The meta object id for the '<em>Email</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.techserv.model.core.impl.CorePackageImpl#getEmail()
	 * @generated
	 */
	int EMAIL = 22;

	/**
	 * The meta object id for the '<em>Country Code</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.techserv.model.core.impl.CorePackageImpl#getCountryCode()
	 * @generated
	 */
	int COUNTRY_CODE = 23;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.techserv.model.core.impl.CorePackageImpl#getDate()
	 * @generated
	 */
	int DATE = 24;

	/**
	 * The meta object id for the '<em>Timestamp</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.techserv.model.core.impl.CorePackageImpl#getTimestamp()
	 * @generated
	 */
	int TIMESTAMP = 25;


	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.techserv.model.core.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.techserv.model.core.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Entity#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.techserv.model.core.Entity#getVersion()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Entity#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.techserv.model.core.Entity#getCreatedBy()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Entity#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.techserv.model.core.Entity#getCreatedAt()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Entity#getUpdatedBy <em>Updated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated By</em>'.
	 * @see org.techserv.model.core.Entity#getUpdatedBy()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_UpdatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Entity#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.techserv.model.core.Entity#getUpdatedAt()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_UpdatedAt();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Address <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address</em>'.
	 * @see org.techserv.model.core.Address
	 * @generated
	 */
	EClass getAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Address#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.techserv.model.core.Address#getKind()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Address#getStreet <em>Street</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Street</em>'.
	 * @see org.techserv.model.core.Address#getStreet()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Street();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Address#getPostalCode <em>Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postal Code</em>'.
	 * @see org.techserv.model.core.Address#getPostalCode()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_PostalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Address#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.techserv.model.core.Address#getCity()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_City();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Address#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.techserv.model.core.Address#getRegion()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Address#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.techserv.model.core.Address#getCountry()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Country();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.Address#validComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Complete</em>' operation.
	 * @see org.techserv.model.core.Address#validComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAddress__ValidComplete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.techserv.model.core.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.techserv.model.core.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Note#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.techserv.model.core.Note#getAuthor()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Note#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.techserv.model.core.Note#getCreatedAt()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_CreatedAt();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.techserv.model.core.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Attachment#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.techserv.model.core.Attachment#getFileName()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Attachment#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.techserv.model.core.Attachment#getMediaType()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Attachment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.techserv.model.core.Attachment#getSize()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Attachment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.techserv.model.core.Attachment#getDescription()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Attachment#getContentKey <em>Content Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Key</em>'.
	 * @see org.techserv.model.core.Attachment#getContentKey()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_ContentKey();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see org.techserv.model.core.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Party#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.techserv.model.core.Party#getDisplayName()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Party#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.techserv.model.core.Party#getEmail()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Party#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.techserv.model.core.Party#getPhone()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Phone();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.model.core.Party#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addresses</em>'.
	 * @see org.techserv.model.core.Party#getAddresses()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Addresses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.model.core.Party#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.techserv.model.core.Party#getNotes()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.model.core.Party#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.techserv.model.core.Party#getAttachments()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Attachments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.model.core.Party#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.techserv.model.core.Party#getRoles()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Roles();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.Party#getRole(org.eclipse.emf.ecore.EClass) <em>Get Role</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Role</em>' operation.
	 * @see org.techserv.model.core.Party#getRole(org.eclipse.emf.ecore.EClass)
	 * @generated
	 */
	EOperation getParty__GetRole__EClass();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.techserv.model.core.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Person#getGivenName <em>Given Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name</em>'.
	 * @see org.techserv.model.core.Person#getGivenName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_GivenName();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Person#getFamilyName <em>Family Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name</em>'.
	 * @see org.techserv.model.core.Person#getFamilyName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_FamilyName();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.Person#validNamed(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Named</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Named</em>' operation.
	 * @see org.techserv.model.core.Person#validNamed(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPerson__ValidNamed__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.techserv.model.core.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.techserv.model.core.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Organisation#getRegistrationNumber <em>Registration Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration Number</em>'.
	 * @see org.techserv.model.core.Organisation#getRegistrationNumber()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_RegistrationNumber();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.Organisation#validNamed(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Named</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Named</em>' operation.
	 * @see org.techserv.model.core.Organisation#validNamed(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOrganisation__ValidNamed__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.PartyRole <em>Party Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party Role</em>'.
	 * @see org.techserv.model.core.PartyRole
	 * @generated
	 */
	EClass getPartyRole();

	/**
	 * Returns the meta object for the container reference '{@link org.techserv.model.core.PartyRole#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Party</em>'.
	 * @see org.techserv.model.core.PartyRole#getParty()
	 * @see #getPartyRole()
	 * @generated
	 */
	EReference getPartyRole_Party();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.CustomerRole <em>Customer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Role</em>'.
	 * @see org.techserv.model.core.CustomerRole
	 * @generated
	 */
	EClass getCustomerRole();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.CustomerRole#getCustomerNumber <em>Customer Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Number</em>'.
	 * @see org.techserv.model.core.CustomerRole#getCustomerNumber()
	 * @see #getCustomerRole()
	 * @generated
	 */
	EAttribute getCustomerRole_CustomerNumber();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.PatronRole <em>Patron Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patron Role</em>'.
	 * @see org.techserv.model.core.PatronRole
	 * @generated
	 */
	EClass getPatronRole();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.PatronRole#getBarcode <em>Barcode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Barcode</em>'.
	 * @see org.techserv.model.core.PatronRole#getBarcode()
	 * @see #getPatronRole()
	 * @generated
	 */
	EAttribute getPatronRole_Barcode();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.PatronRole#isBlocked <em>Blocked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blocked</em>'.
	 * @see org.techserv.model.core.PatronRole#isBlocked()
	 * @see #getPatronRole()
	 * @generated
	 */
	EAttribute getPatronRole_Blocked();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.PatronRole#getBlockReason <em>Block Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Reason</em>'.
	 * @see org.techserv.model.core.PatronRole#getBlockReason()
	 * @see #getPatronRole()
	 * @generated
	 */
	EAttribute getPatronRole_BlockReason();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.StaffRole <em>Staff Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff Role</em>'.
	 * @see org.techserv.model.core.StaffRole
	 * @generated
	 */
	EClass getStaffRole();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.StaffRole#getStaffNumber <em>Staff Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff Number</em>'.
	 * @see org.techserv.model.core.StaffRole#getStaffNumber()
	 * @see #getStaffRole()
	 * @generated
	 */
	EAttribute getStaffRole_StaffNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.StaffRole#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.techserv.model.core.StaffRole#getFunction()
	 * @see #getStaffRole()
	 * @generated
	 */
	EAttribute getStaffRole_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.StaffRole#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.techserv.model.core.StaffRole#getLogin()
	 * @see #getStaffRole()
	 * @generated
	 */
	EAttribute getStaffRole_Login();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.model.core.StaffRole#getQualifications <em>Qualifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Qualifications</em>'.
	 * @see org.techserv.model.core.StaffRole#getQualifications()
	 * @see #getStaffRole()
	 * @generated
	 */
	EReference getStaffRole_Qualifications();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.StaffRole#getQualification(org.techserv.model.core.QualificationKind, java.time.LocalDate) <em>Get Qualification</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Qualification</em>' operation.
	 * @see org.techserv.model.core.StaffRole#getQualification(org.techserv.model.core.QualificationKind, java.time.LocalDate)
	 * @generated
	 */
	EOperation getStaffRole__GetQualification__QualificationKind_LocalDate();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Qualification <em>Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Qualification</em>'.
	 * @see org.techserv.model.core.Qualification
	 * @generated
	 */
	EClass getQualification();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Qualification#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.techserv.model.core.Qualification#getKind()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Qualification#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.techserv.model.core.Qualification#getNumber()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Qualification#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.techserv.model.core.Qualification#getIssuer()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Qualification#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.techserv.model.core.Qualification#getValidFrom()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Qualification#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see org.techserv.model.core.Qualification#getValidUntil()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_ValidUntil();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.Qualification#isValidOn(java.time.LocalDate) <em>Is Valid On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Valid On</em>' operation.
	 * @see org.techserv.model.core.Qualification#isValidOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getQualification__IsValidOn__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.Qualification#validPeriod(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Period</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Period</em>' operation.
	 * @see org.techserv.model.core.Qualification#validPeriod(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getQualification__ValidPeriod__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.WorkItem <em>Work Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Item</em>'.
	 * @see org.techserv.model.core.WorkItem
	 * @generated
	 */
	EClass getWorkItem();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.WorkItem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.techserv.model.core.WorkItem#getNumber()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.WorkItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.techserv.model.core.WorkItem#getTitle()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.WorkItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.techserv.model.core.WorkItem#getStatus()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.WorkItem#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.techserv.model.core.WorkItem#getPriority()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_Priority();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.model.core.WorkItem#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assignee</em>'.
	 * @see org.techserv.model.core.WorkItem#getAssignee()
	 * @see #getWorkItem()
	 * @generated
	 */
	EReference getWorkItem_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.WorkItem#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.techserv.model.core.WorkItem#getDueDate()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_DueDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.model.core.WorkItem#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.techserv.model.core.WorkItem#getNotes()
	 * @see #getWorkItem()
	 * @generated
	 */
	EReference getWorkItem_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.model.core.WorkItem#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.techserv.model.core.WorkItem#getAttachments()
	 * @see #getWorkItem()
	 * @generated
	 */
	EReference getWorkItem_Attachments();

	/**
	 * Returns the meta object for the '{@link org.techserv.model.core.WorkItem#validTitled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Titled</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Titled</em>' operation.
	 * @see org.techserv.model.core.WorkItem#validTitled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getWorkItem__ValidTitled__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.model.core.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.techserv.model.core.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.model.core.Task#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.techserv.model.core.Task#getDescription()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Description();

	/**
	 * Returns the meta object for enum '{@link org.techserv.model.core.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.techserv.model.core.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.techserv.model.core.AddressKind <em>Address Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Address Kind</em>'.
	 * @see org.techserv.model.core.AddressKind
	 * @generated
	 */
	EEnum getAddressKind();

	/**
	 * Returns the meta object for enum '{@link org.techserv.model.core.QualificationKind <em>Qualification Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Qualification Kind</em>'.
	 * @see org.techserv.model.core.QualificationKind
	 * @generated
	 */
	EEnum getQualificationKind();

	/**
	 * Returns the meta object for enum '{@link org.techserv.model.core.StaffFunction <em>Staff Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Staff Function</em>'.
	 * @see org.techserv.model.core.StaffFunction
	 * @generated
	 */
	EEnum getStaffFunction();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Code</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='40'"
	 * @generated
	 */
	EDataType getCode();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='100'"
	 * @generated
	 */
	EDataType getName_();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Text</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='200'"
	 * @generated
	 */
	EDataType getText();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Long Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Long Text</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='4000'"
	 * @generated
	 */
	EDataType getLongText();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Email</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' maxLength='254' pattern='[^@\\s]+@[^@\\s]+\\.[^@\\s]+'"
	 * @generated
	 */
	EDataType getEmail();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Country Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Country Code</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[A-Z]{2}'"
	 * @generated
	 */
	EDataType getCountryCode();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day (ISO-8601 yyyy-mm-dd in text).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A moment in time (ISO-8601 UTC in text).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Timestamp</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getTimestamp();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoreFactory getCoreFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.EntityImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__VERSION = eINSTANCE.getEntity_Version();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__CREATED_BY = eINSTANCE.getEntity_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__CREATED_AT = eINSTANCE.getEntity_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__UPDATED_BY = eINSTANCE.getEntity_UpdatedBy();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__UPDATED_AT = eINSTANCE.getEntity_UpdatedAt();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.AddressImpl <em>Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.AddressImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getAddress()
		 * @generated
		 */
		EClass ADDRESS = eINSTANCE.getAddress();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__KIND = eINSTANCE.getAddress_Kind();

		/**
		 * The meta object literal for the '<em><b>Street</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__STREET = eINSTANCE.getAddress_Street();

		/**
		 * The meta object literal for the '<em><b>Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__POSTAL_CODE = eINSTANCE.getAddress_PostalCode();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__CITY = eINSTANCE.getAddress_City();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__REGION = eINSTANCE.getAddress_Region();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__COUNTRY = eINSTANCE.getAddress_Country();

		/**
		 * The meta object literal for the '<em><b>Valid Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ADDRESS___VALID_COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAddress__ValidComplete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.NoteImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AUTHOR = eINSTANCE.getNote_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CREATED_AT = eINSTANCE.getNote_CreatedAt();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.AttachmentImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FILE_NAME = eINSTANCE.getAttachment_FileName();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__MEDIA_TYPE = eINSTANCE.getAttachment_MediaType();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SIZE = eINSTANCE.getAttachment_Size();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__DESCRIPTION = eINSTANCE.getAttachment_Description();

		/**
		 * The meta object literal for the '<em><b>Content Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__CONTENT_KEY = eINSTANCE.getAttachment_ContentKey();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.PartyImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__DISPLAY_NAME = eINSTANCE.getParty_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__EMAIL = eINSTANCE.getParty_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__PHONE = eINSTANCE.getParty_Phone();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__ADDRESSES = eINSTANCE.getParty_Addresses();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__NOTES = eINSTANCE.getParty_Notes();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__ATTACHMENTS = eINSTANCE.getParty_Attachments();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__ROLES = eINSTANCE.getParty_Roles();

		/**
		 * The meta object literal for the '<em><b>Get Role</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARTY___GET_ROLE__ECLASS = eINSTANCE.getParty__GetRole__EClass();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.PersonImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Given Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__GIVEN_NAME = eINSTANCE.getPerson_GivenName();

		/**
		 * The meta object literal for the '<em><b>Family Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__FAMILY_NAME = eINSTANCE.getPerson_FamilyName();

		/**
		 * The meta object literal for the '<em><b>Valid Named</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERSON___VALID_NAMED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPerson__ValidNamed__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.OrganisationImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Registration Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__REGISTRATION_NUMBER = eINSTANCE.getOrganisation_RegistrationNumber();

		/**
		 * The meta object literal for the '<em><b>Valid Named</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ORGANISATION___VALID_NAMED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOrganisation__ValidNamed__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.PartyRoleImpl <em>Party Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.PartyRoleImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getPartyRole()
		 * @generated
		 */
		EClass PARTY_ROLE = eINSTANCE.getPartyRole();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY_ROLE__PARTY = eINSTANCE.getPartyRole_Party();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.CustomerRoleImpl <em>Customer Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.CustomerRoleImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getCustomerRole()
		 * @generated
		 */
		EClass CUSTOMER_ROLE = eINSTANCE.getCustomerRole();

		/**
		 * The meta object literal for the '<em><b>Customer Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_ROLE__CUSTOMER_NUMBER = eINSTANCE.getCustomerRole_CustomerNumber();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.PatronRoleImpl <em>Patron Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.PatronRoleImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getPatronRole()
		 * @generated
		 */
		EClass PATRON_ROLE = eINSTANCE.getPatronRole();

		/**
		 * The meta object literal for the '<em><b>Barcode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATRON_ROLE__BARCODE = eINSTANCE.getPatronRole_Barcode();

		/**
		 * The meta object literal for the '<em><b>Blocked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATRON_ROLE__BLOCKED = eINSTANCE.getPatronRole_Blocked();

		/**
		 * The meta object literal for the '<em><b>Block Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATRON_ROLE__BLOCK_REASON = eINSTANCE.getPatronRole_BlockReason();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.StaffRoleImpl <em>Staff Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.StaffRoleImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getStaffRole()
		 * @generated
		 */
		EClass STAFF_ROLE = eINSTANCE.getStaffRole();

		/**
		 * The meta object literal for the '<em><b>Staff Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_ROLE__STAFF_NUMBER = eINSTANCE.getStaffRole_StaffNumber();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_ROLE__FUNCTION = eINSTANCE.getStaffRole_Function();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_ROLE__LOGIN = eINSTANCE.getStaffRole_Login();

		/**
		 * The meta object literal for the '<em><b>Qualifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_ROLE__QUALIFICATIONS = eINSTANCE.getStaffRole_Qualifications();

		/**
		 * The meta object literal for the '<em><b>Get Qualification</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STAFF_ROLE___GET_QUALIFICATION__QUALIFICATIONKIND_LOCALDATE = eINSTANCE.getStaffRole__GetQualification__QualificationKind_LocalDate();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.QualificationImpl <em>Qualification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.QualificationImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getQualification()
		 * @generated
		 */
		EClass QUALIFICATION = eINSTANCE.getQualification();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__KIND = eINSTANCE.getQualification_Kind();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__NUMBER = eINSTANCE.getQualification_Number();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__ISSUER = eINSTANCE.getQualification_Issuer();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__VALID_FROM = eINSTANCE.getQualification_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__VALID_UNTIL = eINSTANCE.getQualification_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Is Valid On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUALIFICATION___IS_VALID_ON__LOCALDATE = eINSTANCE.getQualification__IsValidOn__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Valid Period</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUALIFICATION___VALID_PERIOD__DIAGNOSTICCHAIN_MAP = eINSTANCE.getQualification__ValidPeriod__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.WorkItemImpl <em>Work Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.WorkItemImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getWorkItem()
		 * @generated
		 */
		EClass WORK_ITEM = eINSTANCE.getWorkItem();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__NUMBER = eINSTANCE.getWorkItem_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__TITLE = eINSTANCE.getWorkItem_Title();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__STATUS = eINSTANCE.getWorkItem_Status();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__PRIORITY = eINSTANCE.getWorkItem_Priority();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ITEM__ASSIGNEE = eINSTANCE.getWorkItem_Assignee();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__DUE_DATE = eINSTANCE.getWorkItem_DueDate();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ITEM__NOTES = eINSTANCE.getWorkItem_Notes();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ITEM__ATTACHMENTS = eINSTANCE.getWorkItem_Attachments();

		/**
		 * The meta object literal for the '<em><b>Valid Titled</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation WORK_ITEM___VALID_TITLED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getWorkItem__ValidTitled__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.impl.TaskImpl
		 * @see org.techserv.model.core.impl.CorePackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DESCRIPTION = eINSTANCE.getTask_Description();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.Priority
		 * @see org.techserv.model.core.impl.CorePackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.AddressKind <em>Address Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.AddressKind
		 * @see org.techserv.model.core.impl.CorePackageImpl#getAddressKind()
		 * @generated
		 */
		EEnum ADDRESS_KIND = eINSTANCE.getAddressKind();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.QualificationKind <em>Qualification Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.QualificationKind
		 * @see org.techserv.model.core.impl.CorePackageImpl#getQualificationKind()
		 * @generated
		 */
		EEnum QUALIFICATION_KIND = eINSTANCE.getQualificationKind();

		/**
		 * The meta object literal for the '{@link org.techserv.model.core.StaffFunction <em>Staff Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.model.core.StaffFunction
		 * @see org.techserv.model.core.impl.CorePackageImpl#getStaffFunction()
		 * @generated
		 */
		EEnum STAFF_FUNCTION = eINSTANCE.getStaffFunction();

		/**
		 * The meta object literal for the '<em>Code</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.techserv.model.core.impl.CorePackageImpl#getCode()
		 * @generated
		 */
		EDataType CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em>Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.techserv.model.core.impl.CorePackageImpl#getName_()
		 * @generated
		 */
		EDataType NAME = eINSTANCE.getName_();

		/**
		 * The meta object literal for the '<em>Text</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.techserv.model.core.impl.CorePackageImpl#getText()
		 * @generated
		 */
		EDataType TEXT = eINSTANCE.getText();

		/**
		 * The meta object literal for the '<em>Long Text</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.techserv.model.core.impl.CorePackageImpl#getLongText()
		 * @generated
		 */
		EDataType LONG_TEXT = eINSTANCE.getLongText();

		/**
		 * The meta object literal for the '<em>Email</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.techserv.model.core.impl.CorePackageImpl#getEmail()
		 * @generated
		 */
		EDataType EMAIL = eINSTANCE.getEmail();

		/**
		 * The meta object literal for the '<em>Country Code</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.techserv.model.core.impl.CorePackageImpl#getCountryCode()
		 * @generated
		 */
		EDataType COUNTRY_CODE = eINSTANCE.getCountryCode();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.techserv.model.core.impl.CorePackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Timestamp</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.techserv.model.core.impl.CorePackageImpl#getTimestamp()
		 * @generated
		 */
		EDataType TIMESTAMP = eINSTANCE.getTimestamp();

	}

} //CorePackage
