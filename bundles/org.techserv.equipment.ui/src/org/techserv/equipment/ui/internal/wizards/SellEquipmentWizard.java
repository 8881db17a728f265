package org.techserv.equipment.ui.internal.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.techserv.equipment.store.EquipmentStore.Sale;
import org.techserv.equipment.ui.internal.Messages;
import org.techserv.equipment.ui.internal.OrderChanges;
import org.techserv.equipment.ui.internal.Services;
import org.techserv.equipment.ui.internal.views.OpenOrder;
import org.techserv.store.StoreException;

/**
 * Sell equipment: registers it at the customer and opens its installation order, then shows that order. A refused
 * sale (a serial number already registered, a missing field) keeps the wizard open with the reason.
 */
public final class SellEquipmentWizard extends Wizard implements INewWizard {

	private SellPage page;

	public SellEquipmentWizard() {
		setWindowTitle(Messages.sellTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the customer is chosen on the page
	}

	@Override
	public void addPages() {
		page = new SellPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			Sale sale = Services.store().sell(page.customer(), page.model(), page.serialNumber(), page.site(),
					page.soldOn());
			OrderChanges.changed(sale.installation().getId());
			OpenOrder.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
					sale.installation().getId(), sale.installation().getNumber());
			return true;
		} catch (StoreException | IllegalArgumentException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}
}
