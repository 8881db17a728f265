package org.techserv.equipment.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.equipment.ui.internal.wizards.NewServiceOrderWizard;

/** New service order (Ctrl+Alt+N): the wizard, for the equipment selected if any. */
public final class NewOrderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		NewServiceOrderWizard wizard = new NewServiceOrderWizard();
		wizard.init(PlatformUI.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				? s
				: StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
