/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.StepResult#getStepId <em>Step Id</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getLabel <em>Label</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getKind <em>Kind</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getValue <em>Value</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getLowerLimit <em>Lower Limit</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getUpperLimit <em>Upper Limit</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getChecked <em>Checked</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#getObservation <em>Observation</em>}</li>
 *   <li>{@link org.techserv.equipment.model.StepResult#isPassed <em>Passed</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult()
 * @model
 * @generated
 */
public interface StepResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Id</em>' attribute.
	 * @see #setStepId(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_StepId()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getStepId();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getStepId <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Id</em>' attribute.
	 * @see #getStepId()
	 * @generated
	 */
	void setStepId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_Label()
	 * @model dataType="org.techserv.model.core.Text"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.techserv.equipment.model.StepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.equipment.model.StepKind
	 * @see #setKind(StepKind)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_Kind()
	 * @model
	 * @generated
	 */
	StepKind getKind();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.techserv.equipment.model.StepKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StepKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_Unit()
	 * @model dataType="org.techserv.model.core.Code"
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Lower Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower Limit</em>' attribute.
	 * @see #setLowerLimit(Double)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_LowerLimit()
	 * @model
	 * @generated
	 */
	Double getLowerLimit();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getLowerLimit <em>Lower Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Limit</em>' attribute.
	 * @see #getLowerLimit()
	 * @generated
	 */
	void setLowerLimit(Double value);

	/**
	 * Returns the value of the '<em><b>Upper Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper Limit</em>' attribute.
	 * @see #setUpperLimit(Double)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_UpperLimit()
	 * @model
	 * @generated
	 */
	Double getUpperLimit();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getUpperLimit <em>Upper Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Limit</em>' attribute.
	 * @see #getUpperLimit()
	 * @generated
	 */
	void setUpperLimit(Double value);

	/**
	 * Returns the value of the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checked</em>' attribute.
	 * @see #setChecked(Boolean)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_Checked()
	 * @model
	 * @generated
	 */
	Boolean getChecked();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getChecked <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked</em>' attribute.
	 * @see #getChecked()
	 * @generated
	 */
	void setChecked(Boolean value);

	/**
	 * Returns the value of the '<em><b>Observation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observation</em>' attribute.
	 * @see #setObservation(String)
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_Observation()
	 * @model dataType="org.techserv.model.core.LongText"
	 * @generated
	 */
	String getObservation();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.StepResult#getObservation <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observation</em>' attribute.
	 * @see #getObservation()
	 * @generated
	 */
	void setObservation(String value);

	/**
	 * Returns the value of the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A measurement passes inside its limits (inclusive), a check when answered yes, an observation when written down.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passed</em>' attribute.
	 * @see org.techserv.equipment.model.EquipmentPackage#getStepResult_Passed()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isPassed();

} // StepResult
