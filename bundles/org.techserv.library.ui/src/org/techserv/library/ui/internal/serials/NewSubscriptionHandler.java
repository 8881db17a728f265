package org.techserv.library.ui.internal.serials;

import java.time.LocalDate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.library.serials.Frequency;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PatternText;
import org.techserv.library.serials.PredictionPattern;
import org.techserv.library.serials.store.Subscription;
import org.techserv.library.store.CatalogueRow;

/**
 * Catalogue &gt; New Subscription: a subscription to the serial chosen in the Catalogue view, starting this month
 * with a monthly pattern to adapt; then the Check-in view shows its issues.
 */
public final class NewSubscriptionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		ISelection selection = part != null && part.getSite().getSelectionProvider() != null
				? part.getSite().getSelectionProvider().getSelection()
				: HandlerUtil.getCurrentSelection(event);
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		if (!(first instanceof CatalogueRow row)) {
			MessageDialog.openInformation(shell, Messages.subscriptionTitle, Messages.chooseSerial);
			return null;
		}
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		String pattern = PatternText.write(PredictionPattern.builder(Frequency.MONTHLY, start)
				.level("v.", 0, Numbering.CONTINUOUS, 1).level("no.", 12, Numbering.RESTART, 1).build()); //$NON-NLS-1$ //$NON-NLS-2$
		Subscription subscription = new Subscription(0, 0, row.id(), row.title(), "", start, null, pattern, 10, 30, //$NON-NLS-1$
				""); //$NON-NLS-1$
		if (new SubscriptionDialog(shell, subscription).open() == Window.OK) {
			try {
				HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(SerialsUiIds.CHECK_IN_VIEW);
			} catch (PartInitException e) {
				MessageDialog.openError(shell, Messages.subscriptionTitle, e.getMessage());
			}
		}
		return null;
	}
}
