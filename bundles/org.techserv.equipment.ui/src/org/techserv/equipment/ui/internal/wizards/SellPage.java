package org.techserv.equipment.ui.internal.wizards;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.techserv.equipment.model.EquipmentModel;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.model.core.Address;
import org.techserv.model.core.AddressKind;
import org.techserv.model.core.CoreFactory;
import org.techserv.model.core.Party;
import org.techserv.model.store.PartySummary;
import org.techserv.store.StoreException;
import org.techserv.ui.emf.ValueText;
import org.techserv.workbench.WorkbenchIds;

/** Who buys what: customer (found by name), catalogue model, serial number, site address, date of sale. */
final class SellPage extends WizardPage {

	private TableViewer customers;
	private Text search;
	private Combo model;
	private Text serial;
	private Text street;
	private Text city;
	private Text soldOn;
	private List<EquipmentModel> models = List.of();
	private Party customer;

	SellPage() {
		super("sell"); //$NON-NLS-1$
		setTitle(Messages.sellTitle);
		setDescription(Messages.sellDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		search = text(page, Messages.fieldFindCustomer, "sell.customerSearch"); //$NON-NLS-1$
		search.setMessage(Messages.filterCustomerHint);
		new Label(page, SWT.NONE);
		customers = new TableViewer(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		customers.getTable().setData(WorkbenchIds.WIDGET_KEY, "sell.customers"); //$NON-NLS-1$
		customers.setContentProvider(ArrayContentProvider.getInstance());
		customers.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((PartySummary) element).sortName();
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 140).applyTo(customers.getTable());
		search.addListener(SWT.Modify, e -> findCustomers());
		customers.addSelectionChangedListener(e -> customerChosen());
		new Label(page, SWT.NONE).setText(Messages.fieldModel);
		model = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		model.setData(WorkbenchIds.WIDGET_KEY, "sell.model"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(model);
		serial = text(page, Messages.fieldSerial, "sell.serial"); //$NON-NLS-1$
		street = text(page, Messages.fieldStreet, "sell.street"); //$NON-NLS-1$
		city = text(page, Messages.fieldCity, "sell.city"); //$NON-NLS-1$
		soldOn = text(page, Messages.fieldSoldOn, "sell.soldOn"); //$NON-NLS-1$
		soldOn.setText(ValueText.DATE.format(LocalDate.now()));
		for (var control : List.of(serial, soldOn)) {
			control.addListener(SWT.Modify, e -> validate());
		}
		model.addListener(SWT.Selection, e -> validate());
		try {
			models = Services.store().models().all();
			models.forEach(m -> model.add(m.getManufacturer() + ' ' + m.getModelNumber() + " – " + m.getName())); //$NON-NLS-1$
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
		findCustomers();
		setControl(page);
		setPageComplete(false);
	}

	private Text text(Composite parent, String label, String key) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private void findCustomers() {
		try {
			customers.setInput(Services.parties().page(null, 200, search.getText().strip()).items().toArray());
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void customerChosen() {
		PartySummary summary = (PartySummary) ((IStructuredSelection) customers.getSelection()).getFirstElement();
		customer = null;
		if (summary != null) {
			try {
				customer = Services.parties().load(summary.id());
				if (!customer.getAddresses().isEmpty() && street.getText().isBlank() && city.getText().isBlank()) {
					Address address = customer.getAddresses().get(0);
					street.setText(address.getStreet() == null ? "" : address.getStreet()); //$NON-NLS-1$
					city.setText(address.getCity() == null ? "" : address.getCity()); //$NON-NLS-1$
				}
			} catch (StoreException e) {
				setErrorMessage(e.getMessage());
			}
		}
		validate();
	}

	private void validate() {
		String problem = null;
		if (customer == null) {
			problem = Messages.sellChooseCustomer;
		} else if (model.getSelectionIndex() < 0) {
			problem = Messages.sellChooseModel;
		} else if (serial.getText().isBlank()) {
			problem = Messages.sellEnterSerial;
		} else {
			try {
				ValueText.date(Messages.fieldSoldOn).fromText(soldOn.getText());
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		setErrorMessage(problem == null || customer == null && search.getText().isEmpty() ? null : problem);
		setMessage(problem == null ? NLS.bind(Messages.sellReady, serial.getText().strip()) : problem, INFORMATION);
		setPageComplete(problem == null);
	}

	Party customer() {
		return customer;
	}

	EquipmentModel model() {
		return models.get(model.getSelectionIndex());
	}

	String serialNumber() {
		return serial.getText().strip();
	}

	Address site() {
		if (street.getText().isBlank() && city.getText().isBlank()) {
			return null;
		}
		Address site = CoreFactory.eINSTANCE.createAddress();
		site.setKind(AddressKind.SITE);
		site.setStreet(street.getText().isBlank() ? null : street.getText().strip());
		site.setCity(city.getText().isBlank() ? null : city.getText().strip());
		return site;
	}

	LocalDate soldOn() {
		Object value = ValueText.date(Messages.fieldSoldOn).fromText(soldOn.getText());
		return value == null ? LocalDate.now() : (LocalDate) value;
	}
}
