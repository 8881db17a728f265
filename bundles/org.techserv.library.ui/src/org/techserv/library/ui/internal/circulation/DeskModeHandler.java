package org.techserv.library.ui.internal.circulation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** F2 / F3 / F4 at the desk: the command's id says which mode. */
public final class DeskModeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof CirculationDeskView desk) {
			desk.mode(DeskMode.ofCommand(event.getCommand().getId()));
		}
		return null;
	}
}
