/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

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
 * An equipment shop: the machines it sells, installs, maintains and repairs, the equipment at customers' sites, spare parts, and service orders from sale to sign-off.
 * <!-- end-model-doc -->
 * @see org.techserv.equipment.model.EquipmentFactory
 * @model kind="package"
 * @generated
 */
public interface EquipmentPackage extends EPackage {
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
	String eNS_URI = "http://techserv.org/model/equipment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "equipment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EquipmentPackage eINSTANCE = org.techserv.equipment.model.impl.EquipmentPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.EquipmentModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.EquipmentModelImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getEquipmentModel()
	 * @generated
	 */
	int EQUIPMENT_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__ID = CorePackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__VERSION = CorePackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__CREATED_BY = CorePackage.ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__CREATED_AT = CorePackage.ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__UPDATED_BY = CorePackage.ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__UPDATED_AT = CorePackage.ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__MANUFACTURER = CorePackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Model Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__MODEL_NUMBER = CorePackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__NAME = CorePackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__CATEGORY = CorePackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Install Requires</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__INSTALL_REQUIRES = CorePackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Repair Requires</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__REPAIR_REQUIRES = CorePackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Warranty Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__WARRANTY_MONTHS = CorePackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Maintenance Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS = CorePackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL_FEATURE_COUNT = CorePackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Valid Named</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL___VALID_NAMED__DIAGNOSTICCHAIN_MAP = CorePackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_MODEL_OPERATION_COUNT = CorePackage.ENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl <em>Customer Equipment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.CustomerEquipmentImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getCustomerEquipment()
	 * @generated
	 */
	int CUSTOMER_EQUIPMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__ID = CorePackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__VERSION = CorePackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__CREATED_BY = CorePackage.ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__CREATED_AT = CorePackage.ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__UPDATED_BY = CorePackage.ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__UPDATED_AT = CorePackage.ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__MODEL = CorePackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__CUSTOMER = CorePackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__SERIAL_NUMBER = CorePackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Site</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__SITE = CorePackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Installed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__INSTALLED_ON = CorePackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Warranty Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__WARRANTY_UNTIL = CorePackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT__STATUS = CorePackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Customer Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT_FEATURE_COUNT = CorePackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Valid Dates</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT___VALID_DATES__DIAGNOSTICCHAIN_MAP = CorePackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Customer Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_EQUIPMENT_OPERATION_COUNT = CorePackage.ENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.SparePartImpl <em>Spare Part</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.SparePartImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getSparePart()
	 * @generated
	 */
	int SPARE_PART = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__ID = CorePackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__VERSION = CorePackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__CREATED_BY = CorePackage.ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__CREATED_AT = CorePackage.ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__UPDATED_BY = CorePackage.ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__UPDATED_AT = CorePackage.ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Part Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__PART_NUMBER = CorePackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__NAME = CorePackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>On Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__ON_HAND = CorePackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reorder Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART__REORDER_LEVEL = CorePackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Spare Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART_FEATURE_COUNT = CorePackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Valid Stock</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART___VALID_STOCK__DIAGNOSTICCHAIN_MAP = CorePackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Spare Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPARE_PART_OPERATION_COUNT = CorePackage.ENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.ServiceOrderImpl <em>Service Order</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.ServiceOrderImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getServiceOrder()
	 * @generated
	 */
	int SERVICE_ORDER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__ID = CorePackage.WORK_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__VERSION = CorePackage.WORK_ITEM__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__CREATED_BY = CorePackage.WORK_ITEM__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__CREATED_AT = CorePackage.WORK_ITEM__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__UPDATED_BY = CorePackage.WORK_ITEM__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__UPDATED_AT = CorePackage.WORK_ITEM__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__NUMBER = CorePackage.WORK_ITEM__NUMBER;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__TITLE = CorePackage.WORK_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__STATUS = CorePackage.WORK_ITEM__STATUS;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__PRIORITY = CorePackage.WORK_ITEM__PRIORITY;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__ASSIGNEE = CorePackage.WORK_ITEM__ASSIGNEE;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__DUE_DATE = CorePackage.WORK_ITEM__DUE_DATE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__NOTES = CorePackage.WORK_ITEM__NOTES;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__ATTACHMENTS = CorePackage.WORK_ITEM__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__KIND = CorePackage.WORK_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__CUSTOMER = CorePackage.WORK_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__EQUIPMENT = CorePackage.WORK_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reported Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__REPORTED_PROBLEM = CorePackage.WORK_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Visits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__VISITS = CorePackage.WORK_ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Diagnostic Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__DIAGNOSTIC_RUNS = CorePackage.WORK_ITEM_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Repair Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__REPAIR_LINES = CorePackage.WORK_ITEM_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__TRAINING = CorePackage.WORK_ITEM_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sign Off</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER__SIGN_OFF = CorePackage.WORK_ITEM_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Service Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER_FEATURE_COUNT = CorePackage.WORK_ITEM_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Valid Titled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER___VALID_TITLED__DIAGNOSTICCHAIN_MAP = CorePackage.WORK_ITEM___VALID_TITLED__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Valid Order</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER___VALID_ORDER__DIAGNOSTICCHAIN_MAP = CorePackage.WORK_ITEM_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Service Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ORDER_OPERATION_COUNT = CorePackage.WORK_ITEM_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.VisitImpl <em>Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.VisitImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getVisit()
	 * @generated
	 */
	int VISIT = 4;

	/**
	 * The feature id for the '<em><b>Technician</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__TECHNICIAN = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__END = 2;

	/**
	 * The feature id for the '<em><b>Travel Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__TRAVEL_NOTE = 3;

	/**
	 * The number of structural features of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Valid Window</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT___VALID_WINDOW__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.DiagnosticRunImpl <em>Diagnostic Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.DiagnosticRunImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getDiagnosticRun()
	 * @generated
	 */
	int DIAGNOSTIC_RUN = 5;

	/**
	 * The feature id for the '<em><b>Procedure Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN__PROCEDURE_ID = 0;

	/**
	 * The feature id for the '<em><b>Procedure Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN__PROCEDURE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Performed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN__PERFORMED_BY = 2;

	/**
	 * The feature id for the '<em><b>Performed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN__PERFORMED_AT = 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN__STEPS = 4;

	/**
	 * The feature id for the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN__PASSED = 5;

	/**
	 * The number of structural features of the '<em>Diagnostic Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Diagnostic Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.StepResultImpl <em>Step Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.StepResultImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getStepResult()
	 * @generated
	 */
	int STEP_RESULT = 6;

	/**
	 * The feature id for the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__STEP_ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Lower Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__LOWER_LIMIT = 5;

	/**
	 * The feature id for the '<em><b>Upper Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__UPPER_LIMIT = 6;

	/**
	 * The feature id for the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__CHECKED = 7;

	/**
	 * The feature id for the '<em><b>Observation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__OBSERVATION = 8;

	/**
	 * The feature id for the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__PASSED = 9;

	/**
	 * The number of structural features of the '<em>Step Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Step Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.RepairLineImpl <em>Repair Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.RepairLineImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getRepairLine()
	 * @generated
	 */
	int REPAIR_LINE = 7;

	/**
	 * The feature id for the '<em><b>Part</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_LINE__PART = 0;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_LINE__QUANTITY = 1;

	/**
	 * The feature id for the '<em><b>Labour Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_LINE__LABOUR_HOURS = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_LINE__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Repair Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_LINE_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Valid Quantities</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_LINE___VALID_QUANTITIES__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Repair Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPAIR_LINE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.TrainingSessionImpl <em>Training Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.TrainingSessionImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getTrainingSession()
	 * @generated
	 */
	int TRAINING_SESSION = 8;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__ATTENDEES = 0;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__TOPICS = 1;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__DURATION_MINUTES = 2;

	/**
	 * The feature id for the '<em><b>Customer Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__CUSTOMER_SIGNED_BY = 3;

	/**
	 * The feature id for the '<em><b>Customer Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__CUSTOMER_SIGNED_ON = 4;

	/**
	 * The number of structural features of the '<em>Training Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Training Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.SignOffImpl <em>Sign Off</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.SignOffImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getSignOff()
	 * @generated
	 */
	int SIGN_OFF = 9;

	/**
	 * The feature id for the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__SIGNED_BY = 0;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__SIGNED_AT = 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__COMMENT = 2;

	/**
	 * The number of structural features of the '<em>Sign Off</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sign Off</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.impl.MaintenancePlanImpl <em>Maintenance Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.impl.MaintenancePlanImpl
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getMaintenancePlan()
	 * @generated
	 */
	int MAINTENANCE_PLAN = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__ID = CorePackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__VERSION = CorePackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__CREATED_BY = CorePackage.ENTITY__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__CREATED_AT = CorePackage.ENTITY__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Updated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__UPDATED_BY = CorePackage.ENTITY__UPDATED_BY;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__UPDATED_AT = CorePackage.ENTITY__UPDATED_AT;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__EQUIPMENT = CorePackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__INTERVAL_DAYS = CorePackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Next Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__NEXT_DUE = CorePackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN__ACTIVE = CorePackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Maintenance Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN_FEATURE_COUNT = CorePackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Maintenance Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_PLAN_OPERATION_COUNT = CorePackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.ServiceKind <em>Service Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.ServiceKind
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getServiceKind()
	 * @generated
	 */
	int SERVICE_KIND = 11;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.OrderStatus <em>Order Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.OrderStatus
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getOrderStatus()
	 * @generated
	 */
	int ORDER_STATUS = 12;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.EquipmentStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.EquipmentStatus
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getEquipmentStatus()
	 * @generated
	 */
	int EQUIPMENT_STATUS = 13;

	/**
	 * The meta object id for the '{@link org.techserv.equipment.model.StepKind <em>Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.techserv.equipment.model.StepKind
	 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getStepKind()
	 * @generated
	 */
	int STEP_KIND = 14;


	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.EquipmentModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel
	 * @generated
	 */
	EClass getEquipmentModel();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.EquipmentModel#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getManufacturer()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.EquipmentModel#getModelNumber <em>Model Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Number</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getModelNumber()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_ModelNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.EquipmentModel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getName()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.EquipmentModel#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getCategory()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_Category();

	/**
	 * Returns the meta object for the attribute list '{@link org.techserv.equipment.model.EquipmentModel#getInstallRequires <em>Install Requires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Install Requires</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getInstallRequires()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_InstallRequires();

	/**
	 * Returns the meta object for the attribute list '{@link org.techserv.equipment.model.EquipmentModel#getRepairRequires <em>Repair Requires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Repair Requires</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getRepairRequires()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_RepairRequires();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.EquipmentModel#getWarrantyMonths <em>Warranty Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warranty Months</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getWarrantyMonths()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_WarrantyMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.EquipmentModel#getMaintenanceIntervalDays <em>Maintenance Interval Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maintenance Interval Days</em>'.
	 * @see org.techserv.equipment.model.EquipmentModel#getMaintenanceIntervalDays()
	 * @see #getEquipmentModel()
	 * @generated
	 */
	EAttribute getEquipmentModel_MaintenanceIntervalDays();

	/**
	 * Returns the meta object for the '{@link org.techserv.equipment.model.EquipmentModel#validNamed(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Named</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Named</em>' operation.
	 * @see org.techserv.equipment.model.EquipmentModel#validNamed(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEquipmentModel__ValidNamed__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.CustomerEquipment <em>Customer Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Equipment</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment
	 * @generated
	 */
	EClass getCustomerEquipment();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.CustomerEquipment#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment#getModel()
	 * @see #getCustomerEquipment()
	 * @generated
	 */
	EReference getCustomerEquipment_Model();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.CustomerEquipment#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment#getCustomer()
	 * @see #getCustomerEquipment()
	 * @generated
	 */
	EReference getCustomerEquipment_Customer();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.CustomerEquipment#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment#getSerialNumber()
	 * @see #getCustomerEquipment()
	 * @generated
	 */
	EAttribute getCustomerEquipment_SerialNumber();

	/**
	 * Returns the meta object for the containment reference '{@link org.techserv.equipment.model.CustomerEquipment#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Site</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment#getSite()
	 * @see #getCustomerEquipment()
	 * @generated
	 */
	EReference getCustomerEquipment_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.CustomerEquipment#getInstalledOn <em>Installed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Installed On</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment#getInstalledOn()
	 * @see #getCustomerEquipment()
	 * @generated
	 */
	EAttribute getCustomerEquipment_InstalledOn();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.CustomerEquipment#getWarrantyUntil <em>Warranty Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warranty Until</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment#getWarrantyUntil()
	 * @see #getCustomerEquipment()
	 * @generated
	 */
	EAttribute getCustomerEquipment_WarrantyUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.CustomerEquipment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.techserv.equipment.model.CustomerEquipment#getStatus()
	 * @see #getCustomerEquipment()
	 * @generated
	 */
	EAttribute getCustomerEquipment_Status();

	/**
	 * Returns the meta object for the '{@link org.techserv.equipment.model.CustomerEquipment#validDates(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Dates</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Dates</em>' operation.
	 * @see org.techserv.equipment.model.CustomerEquipment#validDates(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCustomerEquipment__ValidDates__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.SparePart <em>Spare Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spare Part</em>'.
	 * @see org.techserv.equipment.model.SparePart
	 * @generated
	 */
	EClass getSparePart();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.SparePart#getPartNumber <em>Part Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Number</em>'.
	 * @see org.techserv.equipment.model.SparePart#getPartNumber()
	 * @see #getSparePart()
	 * @generated
	 */
	EAttribute getSparePart_PartNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.SparePart#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.techserv.equipment.model.SparePart#getName()
	 * @see #getSparePart()
	 * @generated
	 */
	EAttribute getSparePart_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.SparePart#getOnHand <em>On Hand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Hand</em>'.
	 * @see org.techserv.equipment.model.SparePart#getOnHand()
	 * @see #getSparePart()
	 * @generated
	 */
	EAttribute getSparePart_OnHand();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.SparePart#getReorderLevel <em>Reorder Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reorder Level</em>'.
	 * @see org.techserv.equipment.model.SparePart#getReorderLevel()
	 * @see #getSparePart()
	 * @generated
	 */
	EAttribute getSparePart_ReorderLevel();

	/**
	 * Returns the meta object for the '{@link org.techserv.equipment.model.SparePart#validStock(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Stock</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Stock</em>' operation.
	 * @see org.techserv.equipment.model.SparePart#validStock(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSparePart__ValidStock__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.ServiceOrder <em>Service Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Order</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder
	 * @generated
	 */
	EClass getServiceOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.ServiceOrder#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getKind()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EAttribute getServiceOrder_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.ServiceOrder#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getCustomer()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EReference getServiceOrder_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.ServiceOrder#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Equipment</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getEquipment()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EReference getServiceOrder_Equipment();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.ServiceOrder#getReportedProblem <em>Reported Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported Problem</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getReportedProblem()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EAttribute getServiceOrder_ReportedProblem();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.equipment.model.ServiceOrder#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Visits</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getVisits()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EReference getServiceOrder_Visits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.equipment.model.ServiceOrder#getDiagnosticRuns <em>Diagnostic Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagnostic Runs</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getDiagnosticRuns()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EReference getServiceOrder_DiagnosticRuns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.equipment.model.ServiceOrder#getRepairLines <em>Repair Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Repair Lines</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getRepairLines()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EReference getServiceOrder_RepairLines();

	/**
	 * Returns the meta object for the containment reference '{@link org.techserv.equipment.model.ServiceOrder#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getTraining()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EReference getServiceOrder_Training();

	/**
	 * Returns the meta object for the containment reference '{@link org.techserv.equipment.model.ServiceOrder#getSignOff <em>Sign Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sign Off</em>'.
	 * @see org.techserv.equipment.model.ServiceOrder#getSignOff()
	 * @see #getServiceOrder()
	 * @generated
	 */
	EReference getServiceOrder_SignOff();

	/**
	 * Returns the meta object for the '{@link org.techserv.equipment.model.ServiceOrder#validOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Order</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Order</em>' operation.
	 * @see org.techserv.equipment.model.ServiceOrder#validOrder(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getServiceOrder__ValidOrder__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.Visit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visit</em>'.
	 * @see org.techserv.equipment.model.Visit
	 * @generated
	 */
	EClass getVisit();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.Visit#getTechnician <em>Technician</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Technician</em>'.
	 * @see org.techserv.equipment.model.Visit#getTechnician()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Technician();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.Visit#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.techserv.equipment.model.Visit#getStart()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.Visit#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.techserv.equipment.model.Visit#getEnd()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_End();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.Visit#getTravelNote <em>Travel Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Travel Note</em>'.
	 * @see org.techserv.equipment.model.Visit#getTravelNote()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_TravelNote();

	/**
	 * Returns the meta object for the '{@link org.techserv.equipment.model.Visit#validWindow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Window</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Window</em>' operation.
	 * @see org.techserv.equipment.model.Visit#validWindow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getVisit__ValidWindow__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.DiagnosticRun <em>Diagnostic Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnostic Run</em>'.
	 * @see org.techserv.equipment.model.DiagnosticRun
	 * @generated
	 */
	EClass getDiagnosticRun();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.DiagnosticRun#getProcedureId <em>Procedure Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedure Id</em>'.
	 * @see org.techserv.equipment.model.DiagnosticRun#getProcedureId()
	 * @see #getDiagnosticRun()
	 * @generated
	 */
	EAttribute getDiagnosticRun_ProcedureId();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.DiagnosticRun#getProcedureName <em>Procedure Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedure Name</em>'.
	 * @see org.techserv.equipment.model.DiagnosticRun#getProcedureName()
	 * @see #getDiagnosticRun()
	 * @generated
	 */
	EAttribute getDiagnosticRun_ProcedureName();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.DiagnosticRun#getPerformedBy <em>Performed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Performed By</em>'.
	 * @see org.techserv.equipment.model.DiagnosticRun#getPerformedBy()
	 * @see #getDiagnosticRun()
	 * @generated
	 */
	EReference getDiagnosticRun_PerformedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.DiagnosticRun#getPerformedAt <em>Performed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Performed At</em>'.
	 * @see org.techserv.equipment.model.DiagnosticRun#getPerformedAt()
	 * @see #getDiagnosticRun()
	 * @generated
	 */
	EAttribute getDiagnosticRun_PerformedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.techserv.equipment.model.DiagnosticRun#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.techserv.equipment.model.DiagnosticRun#getSteps()
	 * @see #getDiagnosticRun()
	 * @generated
	 */
	EReference getDiagnosticRun_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.DiagnosticRun#isPassed <em>Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passed</em>'.
	 * @see org.techserv.equipment.model.DiagnosticRun#isPassed()
	 * @see #getDiagnosticRun()
	 * @generated
	 */
	EAttribute getDiagnosticRun_Passed();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.StepResult <em>Step Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Result</em>'.
	 * @see org.techserv.equipment.model.StepResult
	 * @generated
	 */
	EClass getStepResult();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getStepId <em>Step Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Id</em>'.
	 * @see org.techserv.equipment.model.StepResult#getStepId()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_StepId();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.techserv.equipment.model.StepResult#getLabel()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.techserv.equipment.model.StepResult#getKind()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.techserv.equipment.model.StepResult#getValue()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.techserv.equipment.model.StepResult#getUnit()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getLowerLimit <em>Lower Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower Limit</em>'.
	 * @see org.techserv.equipment.model.StepResult#getLowerLimit()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_LowerLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getUpperLimit <em>Upper Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Limit</em>'.
	 * @see org.techserv.equipment.model.StepResult#getUpperLimit()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_UpperLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getChecked <em>Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked</em>'.
	 * @see org.techserv.equipment.model.StepResult#getChecked()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Checked();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#getObservation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observation</em>'.
	 * @see org.techserv.equipment.model.StepResult#getObservation()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Observation();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.StepResult#isPassed <em>Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passed</em>'.
	 * @see org.techserv.equipment.model.StepResult#isPassed()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Passed();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.RepairLine <em>Repair Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Repair Line</em>'.
	 * @see org.techserv.equipment.model.RepairLine
	 * @generated
	 */
	EClass getRepairLine();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.RepairLine#getPart <em>Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Part</em>'.
	 * @see org.techserv.equipment.model.RepairLine#getPart()
	 * @see #getRepairLine()
	 * @generated
	 */
	EReference getRepairLine_Part();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.RepairLine#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.techserv.equipment.model.RepairLine#getQuantity()
	 * @see #getRepairLine()
	 * @generated
	 */
	EAttribute getRepairLine_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.RepairLine#getLabourHours <em>Labour Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Labour Hours</em>'.
	 * @see org.techserv.equipment.model.RepairLine#getLabourHours()
	 * @see #getRepairLine()
	 * @generated
	 */
	EAttribute getRepairLine_LabourHours();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.RepairLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.techserv.equipment.model.RepairLine#getDescription()
	 * @see #getRepairLine()
	 * @generated
	 */
	EAttribute getRepairLine_Description();

	/**
	 * Returns the meta object for the '{@link org.techserv.equipment.model.RepairLine#validQuantities(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Quantities</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Quantities</em>' operation.
	 * @see org.techserv.equipment.model.RepairLine#validQuantities(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRepairLine__ValidQuantities__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.TrainingSession <em>Training Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Session</em>'.
	 * @see org.techserv.equipment.model.TrainingSession
	 * @generated
	 */
	EClass getTrainingSession();

	/**
	 * Returns the meta object for the attribute list '{@link org.techserv.equipment.model.TrainingSession#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attendees</em>'.
	 * @see org.techserv.equipment.model.TrainingSession#getAttendees()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Attendees();

	/**
	 * Returns the meta object for the attribute list '{@link org.techserv.equipment.model.TrainingSession#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topics</em>'.
	 * @see org.techserv.equipment.model.TrainingSession#getTopics()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Topics();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.TrainingSession#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.techserv.equipment.model.TrainingSession#getDurationMinutes()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.TrainingSession#getCustomerSignedBy <em>Customer Signed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Signed By</em>'.
	 * @see org.techserv.equipment.model.TrainingSession#getCustomerSignedBy()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_CustomerSignedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.TrainingSession#getCustomerSignedOn <em>Customer Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Signed On</em>'.
	 * @see org.techserv.equipment.model.TrainingSession#getCustomerSignedOn()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_CustomerSignedOn();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.SignOff <em>Sign Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sign Off</em>'.
	 * @see org.techserv.equipment.model.SignOff
	 * @generated
	 */
	EClass getSignOff();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.SignOff#getSignedBy <em>Signed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By</em>'.
	 * @see org.techserv.equipment.model.SignOff#getSignedBy()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_SignedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.SignOff#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.techserv.equipment.model.SignOff#getSignedAt()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_SignedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.SignOff#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.techserv.equipment.model.SignOff#getComment()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_Comment();

	/**
	 * Returns the meta object for class '{@link org.techserv.equipment.model.MaintenancePlan <em>Maintenance Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Maintenance Plan</em>'.
	 * @see org.techserv.equipment.model.MaintenancePlan
	 * @generated
	 */
	EClass getMaintenancePlan();

	/**
	 * Returns the meta object for the reference '{@link org.techserv.equipment.model.MaintenancePlan#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Equipment</em>'.
	 * @see org.techserv.equipment.model.MaintenancePlan#getEquipment()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EReference getMaintenancePlan_Equipment();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.MaintenancePlan#getIntervalDays <em>Interval Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Days</em>'.
	 * @see org.techserv.equipment.model.MaintenancePlan#getIntervalDays()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_IntervalDays();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.MaintenancePlan#getNextDue <em>Next Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Due</em>'.
	 * @see org.techserv.equipment.model.MaintenancePlan#getNextDue()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_NextDue();

	/**
	 * Returns the meta object for the attribute '{@link org.techserv.equipment.model.MaintenancePlan#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.techserv.equipment.model.MaintenancePlan#isActive()
	 * @see #getMaintenancePlan()
	 * @generated
	 */
	EAttribute getMaintenancePlan_Active();

	/**
	 * Returns the meta object for enum '{@link org.techserv.equipment.model.ServiceKind <em>Service Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Kind</em>'.
	 * @see org.techserv.equipment.model.ServiceKind
	 * @generated
	 */
	EEnum getServiceKind();

	/**
	 * Returns the meta object for enum '{@link org.techserv.equipment.model.OrderStatus <em>Order Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Order Status</em>'.
	 * @see org.techserv.equipment.model.OrderStatus
	 * @generated
	 */
	EEnum getOrderStatus();

	/**
	 * Returns the meta object for enum '{@link org.techserv.equipment.model.EquipmentStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.techserv.equipment.model.EquipmentStatus
	 * @generated
	 */
	EEnum getEquipmentStatus();

	/**
	 * Returns the meta object for enum '{@link org.techserv.equipment.model.StepKind <em>Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Kind</em>'.
	 * @see org.techserv.equipment.model.StepKind
	 * @generated
	 */
	EEnum getStepKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EquipmentFactory getEquipmentFactory();

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
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.EquipmentModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.EquipmentModelImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getEquipmentModel()
		 * @generated
		 */
		EClass EQUIPMENT_MODEL = eINSTANCE.getEquipmentModel();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__MANUFACTURER = eINSTANCE.getEquipmentModel_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Model Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__MODEL_NUMBER = eINSTANCE.getEquipmentModel_ModelNumber();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__NAME = eINSTANCE.getEquipmentModel_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__CATEGORY = eINSTANCE.getEquipmentModel_Category();

		/**
		 * The meta object literal for the '<em><b>Install Requires</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__INSTALL_REQUIRES = eINSTANCE.getEquipmentModel_InstallRequires();

		/**
		 * The meta object literal for the '<em><b>Repair Requires</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__REPAIR_REQUIRES = eINSTANCE.getEquipmentModel_RepairRequires();

		/**
		 * The meta object literal for the '<em><b>Warranty Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__WARRANTY_MONTHS = eINSTANCE.getEquipmentModel_WarrantyMonths();

		/**
		 * The meta object literal for the '<em><b>Maintenance Interval Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT_MODEL__MAINTENANCE_INTERVAL_DAYS = eINSTANCE.getEquipmentModel_MaintenanceIntervalDays();

		/**
		 * The meta object literal for the '<em><b>Valid Named</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EQUIPMENT_MODEL___VALID_NAMED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEquipmentModel__ValidNamed__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.CustomerEquipmentImpl <em>Customer Equipment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.CustomerEquipmentImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getCustomerEquipment()
		 * @generated
		 */
		EClass CUSTOMER_EQUIPMENT = eINSTANCE.getCustomerEquipment();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_EQUIPMENT__MODEL = eINSTANCE.getCustomerEquipment_Model();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_EQUIPMENT__CUSTOMER = eINSTANCE.getCustomerEquipment_Customer();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_EQUIPMENT__SERIAL_NUMBER = eINSTANCE.getCustomerEquipment_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_EQUIPMENT__SITE = eINSTANCE.getCustomerEquipment_Site();

		/**
		 * The meta object literal for the '<em><b>Installed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_EQUIPMENT__INSTALLED_ON = eINSTANCE.getCustomerEquipment_InstalledOn();

		/**
		 * The meta object literal for the '<em><b>Warranty Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_EQUIPMENT__WARRANTY_UNTIL = eINSTANCE.getCustomerEquipment_WarrantyUntil();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_EQUIPMENT__STATUS = eINSTANCE.getCustomerEquipment_Status();

		/**
		 * The meta object literal for the '<em><b>Valid Dates</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CUSTOMER_EQUIPMENT___VALID_DATES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCustomerEquipment__ValidDates__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.SparePartImpl <em>Spare Part</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.SparePartImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getSparePart()
		 * @generated
		 */
		EClass SPARE_PART = eINSTANCE.getSparePart();

		/**
		 * The meta object literal for the '<em><b>Part Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_PART__PART_NUMBER = eINSTANCE.getSparePart_PartNumber();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_PART__NAME = eINSTANCE.getSparePart_Name();

		/**
		 * The meta object literal for the '<em><b>On Hand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_PART__ON_HAND = eINSTANCE.getSparePart_OnHand();

		/**
		 * The meta object literal for the '<em><b>Reorder Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPARE_PART__REORDER_LEVEL = eINSTANCE.getSparePart_ReorderLevel();

		/**
		 * The meta object literal for the '<em><b>Valid Stock</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SPARE_PART___VALID_STOCK__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSparePart__ValidStock__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.ServiceOrderImpl <em>Service Order</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.ServiceOrderImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getServiceOrder()
		 * @generated
		 */
		EClass SERVICE_ORDER = eINSTANCE.getServiceOrder();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ORDER__KIND = eINSTANCE.getServiceOrder_Kind();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ORDER__CUSTOMER = eINSTANCE.getServiceOrder_Customer();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ORDER__EQUIPMENT = eINSTANCE.getServiceOrder_Equipment();

		/**
		 * The meta object literal for the '<em><b>Reported Problem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ORDER__REPORTED_PROBLEM = eINSTANCE.getServiceOrder_ReportedProblem();

		/**
		 * The meta object literal for the '<em><b>Visits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ORDER__VISITS = eINSTANCE.getServiceOrder_Visits();

		/**
		 * The meta object literal for the '<em><b>Diagnostic Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ORDER__DIAGNOSTIC_RUNS = eINSTANCE.getServiceOrder_DiagnosticRuns();

		/**
		 * The meta object literal for the '<em><b>Repair Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ORDER__REPAIR_LINES = eINSTANCE.getServiceOrder_RepairLines();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ORDER__TRAINING = eINSTANCE.getServiceOrder_Training();

		/**
		 * The meta object literal for the '<em><b>Sign Off</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ORDER__SIGN_OFF = eINSTANCE.getServiceOrder_SignOff();

		/**
		 * The meta object literal for the '<em><b>Valid Order</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SERVICE_ORDER___VALID_ORDER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getServiceOrder__ValidOrder__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.VisitImpl <em>Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.VisitImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getVisit()
		 * @generated
		 */
		EClass VISIT = eINSTANCE.getVisit();

		/**
		 * The meta object literal for the '<em><b>Technician</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__TECHNICIAN = eINSTANCE.getVisit_Technician();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__START = eINSTANCE.getVisit_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__END = eINSTANCE.getVisit_End();

		/**
		 * The meta object literal for the '<em><b>Travel Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__TRAVEL_NOTE = eINSTANCE.getVisit_TravelNote();

		/**
		 * The meta object literal for the '<em><b>Valid Window</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VISIT___VALID_WINDOW__DIAGNOSTICCHAIN_MAP = eINSTANCE.getVisit__ValidWindow__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.DiagnosticRunImpl <em>Diagnostic Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.DiagnosticRunImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getDiagnosticRun()
		 * @generated
		 */
		EClass DIAGNOSTIC_RUN = eINSTANCE.getDiagnosticRun();

		/**
		 * The meta object literal for the '<em><b>Procedure Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC_RUN__PROCEDURE_ID = eINSTANCE.getDiagnosticRun_ProcedureId();

		/**
		 * The meta object literal for the '<em><b>Procedure Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC_RUN__PROCEDURE_NAME = eINSTANCE.getDiagnosticRun_ProcedureName();

		/**
		 * The meta object literal for the '<em><b>Performed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSTIC_RUN__PERFORMED_BY = eINSTANCE.getDiagnosticRun_PerformedBy();

		/**
		 * The meta object literal for the '<em><b>Performed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC_RUN__PERFORMED_AT = eINSTANCE.getDiagnosticRun_PerformedAt();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSTIC_RUN__STEPS = eINSTANCE.getDiagnosticRun_Steps();

		/**
		 * The meta object literal for the '<em><b>Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC_RUN__PASSED = eINSTANCE.getDiagnosticRun_Passed();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.StepResultImpl <em>Step Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.StepResultImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getStepResult()
		 * @generated
		 */
		EClass STEP_RESULT = eINSTANCE.getStepResult();

		/**
		 * The meta object literal for the '<em><b>Step Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__STEP_ID = eINSTANCE.getStepResult_StepId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__LABEL = eINSTANCE.getStepResult_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__KIND = eINSTANCE.getStepResult_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__VALUE = eINSTANCE.getStepResult_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__UNIT = eINSTANCE.getStepResult_Unit();

		/**
		 * The meta object literal for the '<em><b>Lower Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__LOWER_LIMIT = eINSTANCE.getStepResult_LowerLimit();

		/**
		 * The meta object literal for the '<em><b>Upper Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__UPPER_LIMIT = eINSTANCE.getStepResult_UpperLimit();

		/**
		 * The meta object literal for the '<em><b>Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__CHECKED = eINSTANCE.getStepResult_Checked();

		/**
		 * The meta object literal for the '<em><b>Observation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__OBSERVATION = eINSTANCE.getStepResult_Observation();

		/**
		 * The meta object literal for the '<em><b>Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__PASSED = eINSTANCE.getStepResult_Passed();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.RepairLineImpl <em>Repair Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.RepairLineImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getRepairLine()
		 * @generated
		 */
		EClass REPAIR_LINE = eINSTANCE.getRepairLine();

		/**
		 * The meta object literal for the '<em><b>Part</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPAIR_LINE__PART = eINSTANCE.getRepairLine_Part();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPAIR_LINE__QUANTITY = eINSTANCE.getRepairLine_Quantity();

		/**
		 * The meta object literal for the '<em><b>Labour Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPAIR_LINE__LABOUR_HOURS = eINSTANCE.getRepairLine_LabourHours();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPAIR_LINE__DESCRIPTION = eINSTANCE.getRepairLine_Description();

		/**
		 * The meta object literal for the '<em><b>Valid Quantities</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REPAIR_LINE___VALID_QUANTITIES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRepairLine__ValidQuantities__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.TrainingSessionImpl <em>Training Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.TrainingSessionImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getTrainingSession()
		 * @generated
		 */
		EClass TRAINING_SESSION = eINSTANCE.getTrainingSession();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__ATTENDEES = eINSTANCE.getTrainingSession_Attendees();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__TOPICS = eINSTANCE.getTrainingSession_Topics();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__DURATION_MINUTES = eINSTANCE.getTrainingSession_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Customer Signed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__CUSTOMER_SIGNED_BY = eINSTANCE.getTrainingSession_CustomerSignedBy();

		/**
		 * The meta object literal for the '<em><b>Customer Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__CUSTOMER_SIGNED_ON = eINSTANCE.getTrainingSession_CustomerSignedOn();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.SignOffImpl <em>Sign Off</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.SignOffImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getSignOff()
		 * @generated
		 */
		EClass SIGN_OFF = eINSTANCE.getSignOff();

		/**
		 * The meta object literal for the '<em><b>Signed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__SIGNED_BY = eINSTANCE.getSignOff_SignedBy();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__SIGNED_AT = eINSTANCE.getSignOff_SignedAt();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__COMMENT = eINSTANCE.getSignOff_Comment();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.impl.MaintenancePlanImpl <em>Maintenance Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.impl.MaintenancePlanImpl
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getMaintenancePlan()
		 * @generated
		 */
		EClass MAINTENANCE_PLAN = eINSTANCE.getMaintenancePlan();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_PLAN__EQUIPMENT = eINSTANCE.getMaintenancePlan_Equipment();

		/**
		 * The meta object literal for the '<em><b>Interval Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__INTERVAL_DAYS = eINSTANCE.getMaintenancePlan_IntervalDays();

		/**
		 * The meta object literal for the '<em><b>Next Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__NEXT_DUE = eINSTANCE.getMaintenancePlan_NextDue();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_PLAN__ACTIVE = eINSTANCE.getMaintenancePlan_Active();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.ServiceKind <em>Service Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.ServiceKind
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getServiceKind()
		 * @generated
		 */
		EEnum SERVICE_KIND = eINSTANCE.getServiceKind();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.OrderStatus <em>Order Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.OrderStatus
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getOrderStatus()
		 * @generated
		 */
		EEnum ORDER_STATUS = eINSTANCE.getOrderStatus();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.EquipmentStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.EquipmentStatus
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getEquipmentStatus()
		 * @generated
		 */
		EEnum EQUIPMENT_STATUS = eINSTANCE.getEquipmentStatus();

		/**
		 * The meta object literal for the '{@link org.techserv.equipment.model.StepKind <em>Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.techserv.equipment.model.StepKind
		 * @see org.techserv.equipment.model.impl.EquipmentPackageImpl#getStepKind()
		 * @generated
		 */
		EEnum STEP_KIND = eINSTANCE.getStepKind();

	}

} //EquipmentPackage
