/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.techserv.model.core.CorePackage;

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
 * A library's technical services: bibliographic records kept as MARC 21 (leader, control fields, data fields with indicators and ordered, repeatable subfields), the items (copies) they describe, and cataloguing tasks.
 * <!-- end-model-doc -->
 * @see org.techserv.library.model.LibraryFactory
 * @model kind="package"
 * @generated
 */
public interface LibraryPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://techserv.org/model/library/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "library";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LibraryPackage eINSTANCE = org.techserv.library.model.impl.LibraryPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.techserv.library.model.impl.BibliographicRecordImpl <em>Bibliographic Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.impl.BibliographicRecordImpl
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getBibliographicRecord()
	 * @generated
	 */
	int BIBLIOGRAPHIC_RECORD = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__ID = CorePackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__VERSION = CorePackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__CREATED_BY = CorePackage.ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__CREATED_AT = CorePackage.ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__UPDATED_BY = CorePackage.ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__UPDATED_AT = CorePackage.ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__LEADER = CorePackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Control Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS = CorePackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__DATA_FIELDS = CorePackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__SOURCE = CorePackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__TITLE = CorePackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__AUTHOR = CorePackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Isbn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__ISBN = CorePackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Issn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__ISSN = CorePackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__PUBLISHER = CorePackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__YEAR = CorePackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Call Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__CALL_NUMBER = CorePackage.ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Control Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__CONTROL_NUMBER = CorePackage.ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD__SUBJECTS = CorePackage.ENTITY_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Bibliographic Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD_FEATURE_COUNT = CorePackage.ENTITY_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Valid Structure</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD___VALID_STRUCTURE__DIAGNOSTICCHAIN_MAP = CorePackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Bibliographic Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIBLIOGRAPHIC_RECORD_OPERATION_COUNT = CorePackage.ENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.library.model.impl.ControlFieldImpl <em>Control Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.impl.ControlFieldImpl
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getControlField()
	 * @generated
	 */
	int CONTROL_FIELD = 1;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_FIELD__TAG = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_FIELD__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Control Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_FIELD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Control Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_FIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.library.model.impl.DataFieldImpl <em>Data Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.impl.DataFieldImpl
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getDataField()
	 * @generated
	 */
	int DATA_FIELD = 2;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__TAG = 0;

	/**
	 * The feature id for the '<em><b>Indicator1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__INDICATOR1 = 1;

	/**
	 * The feature id for the '<em><b>Indicator2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__INDICATOR2 = 2;

	/**
	 * The feature id for the '<em><b>Subfields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__SUBFIELDS = 3;

	/**
	 * The number of structural features of the '<em>Data Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Data Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.library.model.impl.SubfieldImpl <em>Subfield</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.impl.SubfieldImpl
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getSubfield()
	 * @generated
	 */
	int SUBFIELD = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBFIELD__CODE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBFIELD__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Subfield</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBFIELD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Subfield</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBFIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.library.model.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.impl.ItemImpl
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = CorePackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__VERSION = CorePackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CREATED_BY = CorePackage.ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CREATED_AT = CorePackage.ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__UPDATED_BY = CorePackage.ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__UPDATED_AT = CorePackage.ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__RECORD = CorePackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Barcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__BARCODE = CorePackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Call Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CALL_NUMBER = CorePackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__LOCATION = CorePackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Copy Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__COPY_NUMBER = CorePackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__STATUS = CorePackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = CorePackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Valid Item</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM___VALID_ITEM__DIAGNOSTICCHAIN_MAP = CorePackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = CorePackage.ENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.library.model.impl.CataloguingTaskImpl <em>Cataloguing Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.impl.CataloguingTaskImpl
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getCataloguingTask()
	 * @generated
	 */
	int CATALOGUING_TASK = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__ID = CorePackage.WORK_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__VERSION = CorePackage.WORK_ITEM__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__CREATED_BY = CorePackage.WORK_ITEM__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__CREATED_AT = CorePackage.WORK_ITEM__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__UPDATED_BY = CorePackage.WORK_ITEM__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__UPDATED_AT = CorePackage.WORK_ITEM__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__NUMBER = CorePackage.WORK_ITEM__NUMBER;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__TITLE = CorePackage.WORK_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__STATUS = CorePackage.WORK_ITEM__STATUS;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__PRIORITY = CorePackage.WORK_ITEM__PRIORITY;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__ASSIGNEE = CorePackage.WORK_ITEM__ASSIGNEE;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__DUE_DATE = CorePackage.WORK_ITEM__DUE_DATE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__NOTES = CorePackage.WORK_ITEM__NOTES;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__ATTACHMENTS = CorePackage.WORK_ITEM__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__RECORD = CorePackage.WORK_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK__KIND = CorePackage.WORK_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cataloguing Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK_FEATURE_COUNT = CorePackage.WORK_ITEM_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Valid Titled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK___VALID_TITLED__DIAGNOSTICCHAIN_MAP = CorePackage.WORK_ITEM___VALID_TITLED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Cataloguing Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUING_TASK_OPERATION_COUNT = CorePackage.WORK_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.techserv.library.model.ItemStatus <em>Item Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.ItemStatus
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getItemStatus()
	 * @generated
	 */
	int ITEM_STATUS = 6;

	/**
	 * The meta object id for the '{@link org.techserv.library.model.TaskKind <em>Task Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.library.model.TaskKind
	 * @see org.techserv.library.model.impl.LibraryPackageImpl#getTaskKind()
	 * @generated
	 */
	int TASK_KIND = 7;


	/**
	 * Returns the meta object for class '{@link org.techserv.library.model.BibliographicRecord <em>Bibliographic Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bibliographic Record</em>'.
	 * @see org.techserv.library.model.BibliographicRecord
	 * @generated
	 */
	EClass getBibliographicRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leader</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getLeader()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Leader();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.library.model.BibliographicRecord#getControlFields <em>Control Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Control Fields</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getControlFields()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EReference getBibliographicRecord_ControlFields();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.library.model.BibliographicRecord#getDataFields <em>Data Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Fields</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getDataFields()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EReference getBibliographicRecord_DataFields();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getSource()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getTitle()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getAuthor()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getIsbn <em>Isbn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isbn</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getIsbn()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Isbn();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getIssn <em>Issn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issn</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getIssn()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Issn();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getPublisher()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getYear()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getCallNumber <em>Call Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Number</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getCallNumber()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_CallNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.BibliographicRecord#getControlNumber <em>Control Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Number</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getControlNumber()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_ControlNumber();

	/**
	 * Returns the meta object for the attribute list '{@link org.techserv.library.model.BibliographicRecord#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Subjects</em>'.
	 * @see org.techserv.library.model.BibliographicRecord#getSubjects()
	 * @see #getBibliographicRecord()
	 * @generated
	 */
	EAttribute getBibliographicRecord_Subjects();

	/**
	 * Returns the meta object for the '{@link org.techserv.library.model.BibliographicRecord#validStructure(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Structure</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Structure</em>' operation.
	 * @see org.techserv.library.model.BibliographicRecord#validStructure(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBibliographicRecord__ValidStructure__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.library.model.ControlField <em>Control Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Control Field</em>'.
	 * @see org.techserv.library.model.ControlField
	 * @generated
	 */
	EClass getControlField();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.ControlField#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.techserv.library.model.ControlField#getTag()
	 * @see #getControlField()
	 * @generated
	 */
	EAttribute getControlField_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.ControlField#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.techserv.library.model.ControlField#getValue()
	 * @see #getControlField()
	 * @generated
	 */
	EAttribute getControlField_Value();

	/**
	 * Returns the meta object for class '{@link org.techserv.library.model.DataField <em>Data Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Field</em>'.
	 * @see org.techserv.library.model.DataField
	 * @generated
	 */
	EClass getDataField();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.DataField#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.techserv.library.model.DataField#getTag()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.DataField#getIndicator1 <em>Indicator1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator1</em>'.
	 * @see org.techserv.library.model.DataField#getIndicator1()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_Indicator1();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.DataField#getIndicator2 <em>Indicator2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator2</em>'.
	 * @see org.techserv.library.model.DataField#getIndicator2()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_Indicator2();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.library.model.DataField#getSubfields <em>Subfields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subfields</em>'.
	 * @see org.techserv.library.model.DataField#getSubfields()
	 * @see #getDataField()
	 * @generated
	 */
	EReference getDataField_Subfields();

	/**
	 * Returns the meta object for class '{@link org.techserv.library.model.Subfield <em>Subfield</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subfield</em>'.
	 * @see org.techserv.library.model.Subfield
	 * @generated
	 */
	EClass getSubfield();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.Subfield#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.techserv.library.model.Subfield#getCode()
	 * @see #getSubfield()
	 * @generated
	 */
	EAttribute getSubfield_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.Subfield#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.techserv.library.model.Subfield#getValue()
	 * @see #getSubfield()
	 * @generated
	 */
	EAttribute getSubfield_Value();

	/**
	 * Returns the meta object for class '{@link org.techserv.library.model.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.techserv.library.model.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.library.model.Item#getRecord <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Record</em>'.
	 * @see org.techserv.library.model.Item#getRecord()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Record();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.Item#getBarcode <em>Barcode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Barcode</em>'.
	 * @see org.techserv.library.model.Item#getBarcode()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Barcode();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.Item#getCallNumber <em>Call Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Number</em>'.
	 * @see org.techserv.library.model.Item#getCallNumber()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_CallNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.Item#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.techserv.library.model.Item#getLocation()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.Item#getCopyNumber <em>Copy Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copy Number</em>'.
	 * @see org.techserv.library.model.Item#getCopyNumber()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_CopyNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.Item#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.techserv.library.model.Item#getStatus()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Status();

	/**
	 * Returns the meta object for the '{@link org.techserv.library.model.Item#validItem(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Item</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Item</em>' operation.
	 * @see org.techserv.library.model.Item#validItem(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getItem__ValidItem__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.library.model.CataloguingTask <em>Cataloguing Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cataloguing Task</em>'.
	 * @see org.techserv.library.model.CataloguingTask
	 * @generated
	 */
	EClass getCataloguingTask();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.library.model.CataloguingTask#getRecord <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Record</em>'.
	 * @see org.techserv.library.model.CataloguingTask#getRecord()
	 * @see #getCataloguingTask()
	 * @generated
	 */
	EReference getCataloguingTask_Record();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.library.model.CataloguingTask#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.techserv.library.model.CataloguingTask#getKind()
	 * @see #getCataloguingTask()
	 * @generated
	 */
	EAttribute getCataloguingTask_Kind();

	/**
	 * Returns the meta object for enum '{@link org.techserv.library.model.ItemStatus <em>Item Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Status</em>'.
	 * @see org.techserv.library.model.ItemStatus
	 * @generated
	 */
	EEnum getItemStatus();

	/**
	 * Returns the meta object for enum '{@link org.techserv.library.model.TaskKind <em>Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Kind</em>'.
	 * @see org.techserv.library.model.TaskKind
	 * @generated
	 */
	EEnum getTaskKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LibraryFactory getLibraryFactory();

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
		 * The meta object literal for the '{@link org.techserv.library.model.impl.BibliographicRecordImpl <em>Bibliographic Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.impl.BibliographicRecordImpl
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getBibliographicRecord()
		 * @generated
		 */
		EClass BIBLIOGRAPHIC_RECORD = eINSTANCE.getBibliographicRecord();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__LEADER = eINSTANCE.getBibliographicRecord_Leader();

		/**
		 * The meta object literal for the '<em><b>Control Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS = eINSTANCE.getBibliographicRecord_ControlFields();

		/**
		 * The meta object literal for the '<em><b>Data Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BIBLIOGRAPHIC_RECORD__DATA_FIELDS = eINSTANCE.getBibliographicRecord_DataFields();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__SOURCE = eINSTANCE.getBibliographicRecord_Source();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__TITLE = eINSTANCE.getBibliographicRecord_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__AUTHOR = eINSTANCE.getBibliographicRecord_Author();

		/**
		 * The meta object literal for the '<em><b>Isbn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__ISBN = eINSTANCE.getBibliographicRecord_Isbn();

		/**
		 * The meta object literal for the '<em><b>Issn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__ISSN = eINSTANCE.getBibliographicRecord_Issn();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__PUBLISHER = eINSTANCE.getBibliographicRecord_Publisher();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__YEAR = eINSTANCE.getBibliographicRecord_Year();

		/**
		 * The meta object literal for the '<em><b>Call Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__CALL_NUMBER = eINSTANCE.getBibliographicRecord_CallNumber();

		/**
		 * The meta object literal for the '<em><b>Control Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__CONTROL_NUMBER = eINSTANCE.getBibliographicRecord_ControlNumber();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIBLIOGRAPHIC_RECORD__SUBJECTS = eINSTANCE.getBibliographicRecord_Subjects();

		/**
		 * The meta object literal for the '<em><b>Valid Structure</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BIBLIOGRAPHIC_RECORD___VALID_STRUCTURE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBibliographicRecord__ValidStructure__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.library.model.impl.ControlFieldImpl <em>Control Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.impl.ControlFieldImpl
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getControlField()
		 * @generated
		 */
		EClass CONTROL_FIELD = eINSTANCE.getControlField();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_FIELD__TAG = eINSTANCE.getControlField_Tag();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_FIELD__VALUE = eINSTANCE.getControlField_Value();

		/**
		 * The meta object literal for the '{@link org.techserv.library.model.impl.DataFieldImpl <em>Data Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.impl.DataFieldImpl
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getDataField()
		 * @generated
		 */
		EClass DATA_FIELD = eINSTANCE.getDataField();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__TAG = eINSTANCE.getDataField_Tag();

		/**
		 * The meta object literal for the '<em><b>Indicator1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__INDICATOR1 = eINSTANCE.getDataField_Indicator1();

		/**
		 * The meta object literal for the '<em><b>Indicator2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__INDICATOR2 = eINSTANCE.getDataField_Indicator2();

		/**
		 * The meta object literal for the '<em><b>Subfields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FIELD__SUBFIELDS = eINSTANCE.getDataField_Subfields();

		/**
		 * The meta object literal for the '{@link org.techserv.library.model.impl.SubfieldImpl <em>Subfield</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.impl.SubfieldImpl
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getSubfield()
		 * @generated
		 */
		EClass SUBFIELD = eINSTANCE.getSubfield();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBFIELD__CODE = eINSTANCE.getSubfield_Code();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBFIELD__VALUE = eINSTANCE.getSubfield_Value();

		/**
		 * The meta object literal for the '{@link org.techserv.library.model.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.impl.ItemImpl
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Record</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__RECORD = eINSTANCE.getItem_Record();

		/**
		 * The meta object literal for the '<em><b>Barcode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__BARCODE = eINSTANCE.getItem_Barcode();

		/**
		 * The meta object literal for the '<em><b>Call Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CALL_NUMBER = eINSTANCE.getItem_CallNumber();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__LOCATION = eINSTANCE.getItem_Location();

		/**
		 * The meta object literal for the '<em><b>Copy Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__COPY_NUMBER = eINSTANCE.getItem_CopyNumber();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__STATUS = eINSTANCE.getItem_Status();

		/**
		 * The meta object literal for the '<em><b>Valid Item</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ITEM___VALID_ITEM__DIAGNOSTICCHAIN_MAP = eINSTANCE.getItem__ValidItem__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.library.model.impl.CataloguingTaskImpl <em>Cataloguing Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.impl.CataloguingTaskImpl
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getCataloguingTask()
		 * @generated
		 */
		EClass CATALOGUING_TASK = eINSTANCE.getCataloguingTask();

		/**
		 * The meta object literal for the '<em><b>Record</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUING_TASK__RECORD = eINSTANCE.getCataloguingTask_Record();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUING_TASK__KIND = eINSTANCE.getCataloguingTask_Kind();

		/**
		 * The meta object literal for the '{@link org.techserv.library.model.ItemStatus <em>Item Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.ItemStatus
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getItemStatus()
		 * @generated
		 */
		EEnum ITEM_STATUS = eINSTANCE.getItemStatus();

		/**
		 * The meta object literal for the '{@link org.techserv.library.model.TaskKind <em>Task Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.library.model.TaskKind
		 * @see org.techserv.library.model.impl.LibraryPackageImpl#getTaskKind()
		 * @generated
		 */
		EEnum TASK_KIND = eINSTANCE.getTaskKind();

	}

} //LibraryPackage
