/**
 * Copyright (c) 2026 Techserv contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.techserv.library.model.provider;


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

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.LibraryPackage;

import org.techserv.model.core.provider.EntityItemProvider;

/**
 * This is the item provider adapter for a {@link org.techserv.library.model.BibliographicRecord} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BibliographicRecordItemProvider extends EntityItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BibliographicRecordItemProvider(AdapterFactory adapterFactory) {
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

			addLeaderPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addIsbnPropertyDescriptor(object);
			addIssnPropertyDescriptor(object);
			addPublisherPropertyDescriptor(object);
			addYearPropertyDescriptor(object);
			addCallNumberPropertyDescriptor(object);
			addControlNumberPropertyDescriptor(object);
			addSubjectsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Leader feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeaderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_leader_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_leader_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__LEADER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_source_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_title_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_author_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__AUTHOR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Isbn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIsbnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_isbn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_isbn_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__ISBN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_issn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_issn_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__ISSN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Publisher feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublisherPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_publisher_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_publisher_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__PUBLISHER,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_year_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_year_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__YEAR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Call Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCallNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_callNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_callNumber_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__CALL_NUMBER,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Control Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addControlNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_controlNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_controlNumber_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__CONTROL_NUMBER,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Subjects feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BibliographicRecord_subjects_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BibliographicRecord_subjects_feature", "_UI_BibliographicRecord_type"),
				 LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__SUBJECTS,
				 false,
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
			childrenFeatures.add(LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS);
			childrenFeatures.add(LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__DATA_FIELDS);
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
	 * This returns BibliographicRecord.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/BibliographicRecord"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((BibliographicRecord)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_BibliographicRecord_type") :
			getString("_UI_BibliographicRecord_type") + " " + label;
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

		switch (notification.getFeatureID(BibliographicRecord.class)) {
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__LEADER:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SOURCE:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__TITLE:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__AUTHOR:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__ISBN:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__ISSN:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__PUBLISHER:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__YEAR:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CALL_NUMBER:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_NUMBER:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__SUBJECTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS:
			case LibraryPackage.BIBLIOGRAPHIC_RECORD__DATA_FIELDS:
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
				(LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__CONTROL_FIELDS,
				 LibraryFactory.eINSTANCE.createControlField()));

		newChildDescriptors.add
			(createChildParameter
				(LibraryPackage.Literals.BIBLIOGRAPHIC_RECORD__DATA_FIELDS,
				 LibraryFactory.eINSTANCE.createDataField()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return LibraryEditPlugin.INSTANCE;
	}

}
