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
 * A representation of the literals of the enumeration '<em><b>Qualification Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Licences and diplomas that decide who may take which job.
 * <!-- end-model-doc -->
 * @see org.techserv.model.core.CorePackage#getQualificationKind()
 * @model
 * @generated
 */
public enum QualificationKind implements Enumerator {
	/**
	 * The '<em><b>ELECTRICIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRICIAN_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTRICIAN(0, "ELECTRICIAN", "ELECTRICIAN"),

	/**
	 * The '<em><b>HEATING COOLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEATING_COOLING_VALUE
	 * @generated
	 * @ordered
	 */
	HEATING_COOLING(1, "HEATING_COOLING", "HEATING_COOLING"),

	/**
	 * The '<em><b>REFRIGERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFRIGERATION_VALUE
	 * @generated
	 * @ordered
	 */
	REFRIGERATION(2, "REFRIGERATION", "REFRIGERATION"),

	/**
	 * The '<em><b>GAS FITTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS_FITTER_VALUE
	 * @generated
	 * @ordered
	 */
	GAS_FITTER(3, "GAS_FITTER", "GAS_FITTER"),

	/**
	 * The '<em><b>PLUMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLUMBER_VALUE
	 * @generated
	 * @ordered
	 */
	PLUMBER(4, "PLUMBER", "PLUMBER"),

	/**
	 * The '<em><b>VOCATIONAL DIPLOMA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOCATIONAL_DIPLOMA_VALUE
	 * @generated
	 * @ordered
	 */
	VOCATIONAL_DIPLOMA(5, "VOCATIONAL_DIPLOMA", "VOCATIONAL_DIPLOMA"),

	/**
	 * The '<em><b>ENGINEERING DEGREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGINEERING_DEGREE_VALUE
	 * @generated
	 * @ordered
	 */
	ENGINEERING_DEGREE(6, "ENGINEERING_DEGREE", "ENGINEERING_DEGREE"),

	/**
	 * The '<em><b>LIBRARY TECHNICIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARY_TECHNICIAN_VALUE
	 * @generated
	 * @ordered
	 */
	LIBRARY_TECHNICIAN(7, "LIBRARY_TECHNICIAN", "LIBRARY_TECHNICIAN"),

	/**
	 * The '<em><b>LIBRARIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARIAN_VALUE
	 * @generated
	 * @ordered
	 */
	LIBRARIAN(8, "LIBRARIAN", "LIBRARIAN"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>ELECTRICIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRICIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELECTRICIAN_VALUE = 0;

	/**
	 * The '<em><b>HEATING COOLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEATING_COOLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEATING_COOLING_VALUE = 1;

	/**
	 * The '<em><b>REFRIGERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFRIGERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFRIGERATION_VALUE = 2;

	/**
	 * The '<em><b>GAS FITTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS_FITTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GAS_FITTER_VALUE = 3;

	/**
	 * The '<em><b>PLUMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLUMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLUMBER_VALUE = 4;

	/**
	 * The '<em><b>VOCATIONAL DIPLOMA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOCATIONAL_DIPLOMA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOCATIONAL_DIPLOMA_VALUE = 5;

	/**
	 * The '<em><b>ENGINEERING DEGREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGINEERING_DEGREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENGINEERING_DEGREE_VALUE = 6;

	/**
	 * The '<em><b>LIBRARY TECHNICIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARY_TECHNICIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIBRARY_TECHNICIAN_VALUE = 7;

	/**
	 * The '<em><b>LIBRARIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIBRARIAN_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Qualification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QualificationKind[] VALUES_ARRAY =
		new QualificationKind[] {
			ELECTRICIAN,
			HEATING_COOLING,
			REFRIGERATION,
			GAS_FITTER,
			PLUMBER,
			VOCATIONAL_DIPLOMA,
			ENGINEERING_DEGREE,
			LIBRARY_TECHNICIAN,
			LIBRARIAN,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Qualification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QualificationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Qualification Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualificationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualificationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Qualification Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualificationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QualificationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Qualification Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QualificationKind get(int value) {
		switch (value) {
			case ELECTRICIAN_VALUE: return ELECTRICIAN;
			case HEATING_COOLING_VALUE: return HEATING_COOLING;
			case REFRIGERATION_VALUE: return REFRIGERATION;
			case GAS_FITTER_VALUE: return GAS_FITTER;
			case PLUMBER_VALUE: return PLUMBER;
			case VOCATIONAL_DIPLOMA_VALUE: return VOCATIONAL_DIPLOMA;
			case ENGINEERING_DEGREE_VALUE: return ENGINEERING_DEGREE;
			case LIBRARY_TECHNICIAN_VALUE: return LIBRARY_TECHNICIAN;
			case LIBRARIAN_VALUE: return LIBRARIAN;
			case OTHER_VALUE: return OTHER;
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
	private QualificationKind(int value, String name, String literal) {
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
	
} //QualificationKind
