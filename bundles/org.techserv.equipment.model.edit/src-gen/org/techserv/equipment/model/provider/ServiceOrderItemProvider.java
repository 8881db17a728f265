/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.equipment.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.techserv.equipment.model.EquipmentFactory;
import org.techserv.equipment.model.EquipmentPackage;
import org.techserv.equipment.model.ServiceOrder;

import org.techserv.model.core.provider.WorkItemItemProvider;

/**
 * This is the item provider adapter for a {@link org.techserv.equipment.model.ServiceOrder} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceOrderItemProvider extends WorkItemItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceOrderItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addKindPropertyDescriptor(object);
			addCustomerPropertyDescriptor(object);
			addEquipmentPropertyDescriptor(object);
			addReportedProblemPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceOrder_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceOrder_kind_feature", "_UI_ServiceOrder_type"),
				 EquipmentPackage.Literals.SERVICE_ORDER__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceOrder_customer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceOrder_customer_feature", "_UI_ServiceOrder_type"),
				 EquipmentPackage.Literals.SERVICE_ORDER__CUSTOMER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Equipment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEquipmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceOrder_equipment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceOrder_equipment_feature", "_UI_ServiceOrder_type"),
				 EquipmentPackage.Literals.SERVICE_ORDER__EQUIPMENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reported Problem feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportedProblemPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceOrder_reportedProblem_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceOrder_reportedProblem_feature", "_UI_ServiceOrder_type"),
				 EquipmentPackage.Literals.SERVICE_ORDER__REPORTED_PROBLEM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(EquipmentPackage.Literals.SERVICE_ORDER__VISITS);
			childrenFeatures.add(EquipmentPackage.Literals.SERVICE_ORDER__DIAGNOSTIC_RUNS);
			childrenFeatures.add(EquipmentPackage.Literals.SERVICE_ORDER__REPAIR_LINES);
			childrenFeatures.add(EquipmentPackage.Literals.SERVICE_ORDER__TRAINING);
			childrenFeatures.add(EquipmentPackage.Literals.SERVICE_ORDER__SIGN_OFF);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ServiceOrder.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ServiceOrder"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		ServiceOrder serviceOrder = (ServiceOrder)object;
		return getString("_UI_ServiceOrder_type") + " " + serviceOrder.getId();
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ServiceOrder.class)) {
			case EquipmentPackage.SERVICE_ORDER__KIND:
			case EquipmentPackage.SERVICE_ORDER__REPORTED_PROBLEM:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EquipmentPackage.SERVICE_ORDER__VISITS:
			case EquipmentPackage.SERVICE_ORDER__DIAGNOSTIC_RUNS:
			case EquipmentPackage.SERVICE_ORDER__REPAIR_LINES:
			case EquipmentPackage.SERVICE_ORDER__TRAINING:
			case EquipmentPackage.SERVICE_ORDER__SIGN_OFF:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(EquipmentPackage.Literals.SERVICE_ORDER__VISITS,
				 EquipmentFactory.eINSTANCE.createVisit()));

		newChildDescriptors.add
			(createChildParameter
				(EquipmentPackage.Literals.SERVICE_ORDER__DIAGNOSTIC_RUNS,
				 EquipmentFactory.eINSTANCE.createDiagnosticRun()));

		newChildDescriptors.add
			(createChildParameter
				(EquipmentPackage.Literals.SERVICE_ORDER__REPAIR_LINES,
				 EquipmentFactory.eINSTANCE.createRepairLine()));

		newChildDescriptors.add
			(createChildParameter
				(EquipmentPackage.Literals.SERVICE_ORDER__TRAINING,
				 EquipmentFactory.eINSTANCE.createTrainingSession()));

		newChildDescriptors.add
			(createChildParameter
				(EquipmentPackage.Literals.SERVICE_ORDER__SIGN_OFF,
				 EquipmentFactory.eINSTANCE.createSignOff()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return EquipmentEditPlugin.INSTANCE;
	}

}
