/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Item Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.techserv.library.model.LibraryPackage#getItemStatus()
 * @model
 * @generated
 */
public enum ItemStatus implements Enumerator {
	/**
	 * The '<em><b>IN PROCESSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROCESSING_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PROCESSING(0, "IN_PROCESSING", "IN_PROCESSING"),

	/**
	 * The '<em><b>AVAILABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVAILABLE_VALUE
	 * @generated
	 * @ordered
	 */
	AVAILABLE(1, "AVAILABLE", "AVAILABLE"),

	/**
	 * The '<em><b>ON LOAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_LOAN_VALUE
	 * @generated
	 * @ordered
	 */
	ON_LOAN(2, "ON_LOAN", "ON_LOAN"),

	/**
	 * The '<em><b>AT BINDERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_BINDERY_VALUE
	 * @generated
	 * @ordered
	 */
	AT_BINDERY(3, "AT_BINDERY", "AT_BINDERY"),

	/**
	 * The '<em><b>MISSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING_VALUE
	 * @generated
	 * @ordered
	 */
	MISSING(4, "MISSING", "MISSING"),

	/**
	 * The '<em><b>WITHDRAWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAWN(5, "WITHDRAWN", "WITHDRAWN");

	/**
	 * The '<em><b>IN PROCESSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROCESSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_PROCESSING_VALUE = 0;

	/**
	 * The '<em><b>AVAILABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVAILABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AVAILABLE_VALUE = 1;

	/**
	 * The '<em><b>ON LOAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_LOAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_LOAN_VALUE = 2;

	/**
	 * The '<em><b>AT BINDERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_BINDERY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AT_BINDERY_VALUE = 3;

	/**
	 * The '<em><b>MISSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSING_VALUE = 4;

	/**
	 * The '<em><b>WITHDRAWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAWN_VALUE = 5;

	/**
	 * An array of all the '<em><b>Item Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ItemStatus[] VALUES_ARRAY =
		new ItemStatus[] {
			IN_PROCESSING,
			AVAILABLE,
			ON_LOAN,
			AT_BINDERY,
			MISSING,
			WITHDRAWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Item Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ItemStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Item Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ItemStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Item Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ItemStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Item Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemStatus get(int value) {
		switch (value) {
			case IN_PROCESSING_VALUE: return IN_PROCESSING;
			case AVAILABLE_VALUE: return AVAILABLE;
			case ON_LOAN_VALUE: return ON_LOAN;
			case AT_BINDERY_VALUE: return AT_BINDERY;
			case MISSING_VALUE: return MISSING;
			case WITHDRAWN_VALUE: return WITHDRAWN;
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
	private ItemStatus(int value, String name, String literal) {
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
	
} //ItemStatus
