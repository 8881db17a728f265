package org.techserv.equipment.ui.internal.wizards;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.techserv.equipment.model.CustomerEquipment;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.equipment.ui.internal.Labels;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.model.core.Priority;
import org.techserv.store.StoreException;
import org.techserv.ui.emf.ValueText;
import org.techserv.workbench.WorkbenchIds;

/** Which equipment, what kind of work, what the customer reported, how urgent, by when. */
final class NewOrderPage extends WizardPage {

	private final CustomerEquipment preselected;
	private TableViewer equipment;
	private Text search;
	private Combo kind;
	private Text title;
	private Text problem;
	private Combo priority;
	private Text due;

	NewOrderPage(CustomerEquipment preselected) {
		super("newOrder"); //$NON-NLS-1$
		this.preselected = preselected;
		setTitle(Messages.newOrderTitle);
		setDescription(Messages.newOrderDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		search = text(page, Messages.fieldFindEquipment, "newOrder.search", SWT.SINGLE); //$NON-NLS-1$
		new Label(page, SWT.NONE);
		equipment = new TableViewer(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		equipment.getTable().setData(WorkbenchIds.WIDGET_KEY, "newOrder.equipment"); //$NON-NLS-1$
		equipment.setContentProvider(ArrayContentProvider.getInstance());
		equipment.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return describe((CustomerEquipment) element);
			}
		});
		equipment.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				String wanted = search.getText().strip().toLowerCase();
				return wanted.isEmpty() || describe((CustomerEquipment) element).toLowerCase().contains(wanted);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 150).applyTo(equipment.getTable());
		search.addListener(SWT.Modify, e -> equipment.refresh());
		kind = combo(page, Messages.fieldKind, "newOrder.kind"); //$NON-NLS-1$
		ServiceKind.VALUES.forEach(k -> kind.add(Labels.of(k)));
		kind.select(ServiceKind.REPAIR.getValue());
		title = text(page, Messages.fieldTitle, "newOrder.title", SWT.SINGLE); //$NON-NLS-1$
		problem = text(page, Messages.fieldReportedProblem, "newOrder.problem", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(problem);
		priority = combo(page, Messages.fieldPriority, "newOrder.priority"); //$NON-NLS-1$
		Priority.VALUES.forEach(p -> priority.add(Labels.of(p)));
		priority.select(Priority.NORMAL.getValue());
		due = text(page, Messages.fieldDue, "newOrder.due", SWT.SINGLE); //$NON-NLS-1$
		due.setText(ValueText.DATE.format(LocalDate.now().plusDays(3)));
		equipment.addSelectionChangedListener(e -> validate());
		title.addListener(SWT.Modify, e -> validate());
		due.addListener(SWT.Modify, e -> validate());
		load();
		setControl(page);
		validate();
	}

	private void load() {
		try {
			List<CustomerEquipment> all = Services.store().equipment().all();
			equipment.setInput(all.toArray());
			if (preselected != null) {
				all.stream().filter(u -> u.getId() == preselected.getId()).findFirst()
						.ifPresent(u -> equipment.setSelection(new StructuredSelection(u), true));
			}
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void validate() {
		String problemText = null;
		if (equipment() == null) {
			problemText = Messages.newOrderChooseEquipment;
		} else if (title.getText().isBlank()) {
			problemText = Messages.newOrderEnterTitle;
		} else {
			try {
				ValueText.date(Messages.fieldDue).fromText(due.getText());
			} catch (IllegalArgumentException e) {
				problemText = e.getMessage();
			}
		}
		setMessage(problemText, INFORMATION);
		setPageComplete(problemText == null);
	}

	private Text text(Composite parent, String label, String key, int style) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		Text text = new Text(parent, SWT.BORDER | style);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private Combo combo(Composite parent, String label, String key) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(WorkbenchIds.WIDGET_KEY, key);
		return combo;
	}

	private static String describe(CustomerEquipment unit) {
		return unit.getSerialNumber() + " – " + (unit.getModel() == null ? "" : unit.getModel().getName()) + " – " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (unit.getCustomer() == null ? "" : unit.getCustomer().getDisplayName()); //$NON-NLS-1$
	}

	CustomerEquipment equipment() {
		return (CustomerEquipment) ((IStructuredSelection) equipment.getSelection()).getFirstElement();
	}

	ServiceKind kind() {
		return ServiceKind.VALUES.get(kind.getSelectionIndex());
	}

	String title() {
		return title.getText().strip();
	}

	String problem() {
		return problem.getText().isBlank() ? null : problem.getText().strip();
	}

	Priority priority() {
		return Priority.VALUES.get(priority.getSelectionIndex());
	}

	LocalDate due() {
		return (LocalDate) ValueText.date(Messages.fieldDue).fromText(due.getText());
	}
}
