/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Service Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.techserv.equipment.model.EquipmentPackage#getServiceKind()
 * @model
 * @generated
 */
public enum ServiceKind implements Enumerator {
	/**
	 * The '<em><b>INSTALLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTALLATION_VALUE
	 * @generated
	 * @ordered
	 */
	INSTALLATION(0, "INSTALLATION", "INSTALLATION"),

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(1, "TRAINING", "TRAINING"),

	/**
	 * The '<em><b>DIAGNOSTIC VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGNOSTIC_VISIT(2, "DIAGNOSTIC_VISIT", "DIAGNOSTIC_VISIT"),

	/**
	 * The '<em><b>REPAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPAIR_VALUE
	 * @generated
	 * @ordered
	 */
	REPAIR(3, "REPAIR", "REPAIR"),

	/**
	 * The '<em><b>PREVENTIVE MAINTENANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVENTIVE_MAINTENANCE_VALUE
	 * @generated
	 * @ordered
	 */
	PREVENTIVE_MAINTENANCE(4, "PREVENTIVE_MAINTENANCE", "PREVENTIVE_MAINTENANCE");

	/**
	 * The '<em><b>INSTALLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTALLATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTALLATION_VALUE = 0;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 1;

	/**
	 * The '<em><b>DIAGNOSTIC VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC_VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIAGNOSTIC_VISIT_VALUE = 2;

	/**
	 * The '<em><b>REPAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPAIR_VALUE = 3;

	/**
	 * The '<em><b>PREVENTIVE MAINTENANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVENTIVE_MAINTENANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREVENTIVE_MAINTENANCE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Service Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ServiceKind[] VALUES_ARRAY =
		new ServiceKind[] {
			INSTALLATION,
			TRAINING,
			DIAGNOSTIC_VISIT,
			REPAIR,
			PREVENTIVE_MAINTENANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Service Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ServiceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Service Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceKind get(int value) {
		switch (value) {
			case INSTALLATION_VALUE: return INSTALLATION;
			case TRAINING_VALUE: return TRAINING;
			case DIAGNOSTIC_VISIT_VALUE: return DIAGNOSTIC_VISIT;
			case REPAIR_VALUE: return REPAIR;
			case PREVENTIVE_MAINTENANCE_VALUE: return PREVENTIVE_MAINTENANCE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ServiceKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ServiceKind
