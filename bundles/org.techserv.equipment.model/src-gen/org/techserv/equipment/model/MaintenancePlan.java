/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model;

import java.time.LocalDate;

import org.techserv.model.core.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Maintenance Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Preventive maintenance of one piece of equipment every so many days; creates an order when due.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.techserv.equipment.model.MaintenancePlan#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.techserv.equipment.model.MaintenancePlan#getIntervalDays <em>Interval Days</em>}</li>
 *   <li>{@link org.techserv.equipment.model.MaintenancePlan#getNextDue <em>Next Due</em>}</li>
 *   <li>{@link org.techserv.equipment.model.MaintenancePlan#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.techserv.equipment.model.EquipmentPackage#getMaintenancePlan()
 * @model
 * @generated
 */
public interface MaintenancePlan extends Entity {
	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equipment</em>' reference.
	 * @see #setEquipment(CustomerEquipment)
	 * @see org.techserv.equipment.model.EquipmentPackage#getMaintenancePlan_Equipment()
	 * @model
	 * @generated
	 */
	CustomerEquipment getEquipment();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.MaintenancePlan#getEquipment <em>Equipment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equipment</em>' reference.
	 * @see #getEquipment()
	 * @generated
	 */
	void setEquipment(CustomerEquipment value);

	/**
	 * Returns the value of the '<em><b>Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval Days</em>' attribute.
	 * @see #setIntervalDays(int)
	 * @see org.techserv.equipment.model.EquipmentPackage#getMaintenancePlan_IntervalDays()
	 * @model
	 * @generated
	 */
	int getIntervalDays();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.MaintenancePlan#getIntervalDays <em>Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Days</em>' attribute.
	 * @see #getIntervalDays()
	 * @generated
	 */
	void setIntervalDays(int value);

	/**
	 * Returns the value of the '<em><b>Next Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Due</em>' attribute.
	 * @see #setNextDue(LocalDate)
	 * @see org.techserv.equipment.model.EquipmentPackage#getMaintenancePlan_NextDue()
	 * @model dataType="org.techserv.model.core.Date"
	 * @generated
	 */
	LocalDate getNextDue();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.MaintenancePlan#getNextDue <em>Next Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Due</em>' attribute.
	 * @see #getNextDue()
	 * @generated
	 */
	void setNextDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.techserv.equipment.model.EquipmentPackage#getMaintenancePlan_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.techserv.equipment.model.MaintenancePlan#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // MaintenancePlan
