package org.techserv.equipment.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.equipment.ui.internal.wizards.SellEquipmentWizard;

/** Sell equipment (Ctrl+Alt+S): the wizard that registers it and opens its installation order. */
public final class SellHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SellEquipmentWizard wizard = new SellEquipmentWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
