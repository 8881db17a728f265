package org.techserv.test.swt;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** A workbench view. */
public class BotView {

	private final IViewReference reference;

	BotView(IViewReference reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return UIThread.syncExec(reference::getPartName);
	}

	public String getId() {
		return reference.getId();
	}

	/** Makes the view the active part. */
	public BotView show() {
		UIThread.syncExec(() -> page().activate(reference.getPart(true)));
		return this;
	}

	public void close() {
		UIThread.syncExec(() -> page().hideView(reference));
	}

	/** A bot that searches only this view's controls. */
	public Bot bot() {
		return new Bot(() -> {
			MPart part = reference.getPart(true).getSite().getService(MPart.class);
			return part != null && part.getWidget() instanceof Control control ? List.of(control) : List.of();
		}, "view '" + getTitle() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
