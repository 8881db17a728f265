/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.model.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Staff Function</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.techserv.model.core.CorePackage#getStaffFunction()
 * @model
 * @generated
 */
public enum StaffFunction implements Enumerator {
	/**
	 * The '<em><b>TECHNICIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICIAN_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICIAN(0, "TECHNICIAN", "TECHNICIAN"),

	/**
	 * The '<em><b>LIBRARIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARIAN_VALUE
	 * @generated
	 * @ordered
	 */
	LIBRARIAN(1, "LIBRARIAN", "LIBRARIAN"),

	/**
	 * The '<em><b>DISPATCHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPATCHER_VALUE
	 * @generated
	 * @ordered
	 */
	DISPATCHER(2, "DISPATCHER", "DISPATCHER"),

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISOR(3, "SUPERVISOR", "SUPERVISOR"),

	/**
	 * The '<em><b>CLERK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLERK_VALUE
	 * @generated
	 * @ordered
	 */
	CLERK(4, "CLERK", "CLERK");

	/**
	 * The '<em><b>TECHNICIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICIAN_VALUE = 0;

	/**
	 * The '<em><b>LIBRARIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIBRARIAN_VALUE = 1;

	/**
	 * The '<em><b>DISPATCHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPATCHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISPATCHER_VALUE = 2;

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISOR_VALUE = 3;

	/**
	 * The '<em><b>CLERK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLERK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLERK_VALUE = 4;

	/**
	 * An array of all the '<em><b>Staff Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StaffFunction[] VALUES_ARRAY =
		new StaffFunction[] {
			TECHNICIAN,
			LIBRARIAN,
			DISPATCHER,
			SUPERVISOR,
			CLERK,
		};

	/**
	 * A public read-only list of all the '<em><b>Staff Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StaffFunction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Staff Function</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StaffFunction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StaffFunction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Staff Function</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StaffFunction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StaffFunction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Staff Function</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StaffFunction get(int value) {
		switch (value) {
			case TECHNICIAN_VALUE: return TECHNICIAN;
			case LIBRARIAN_VALUE: return LIBRARIAN;
			case DISPATCHER_VALUE: return DISPATCHER;
			case SUPERVISOR_VALUE: return SUPERVISOR;
			case CLERK_VALUE: return CLERK;
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
	private StaffFunction(int value, String name, String literal) {
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
	
} //StaffFunction
