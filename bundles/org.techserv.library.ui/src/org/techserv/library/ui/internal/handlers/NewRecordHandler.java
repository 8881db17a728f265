package org.techserv.library.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.ui.internal.editor.RecordEditorInput;

/** Catalogue &gt; New Record: original cataloguing starts in the record editor from the book template. */
public final class NewRecordHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.openEditor(new RecordEditorInput(0, Messages.newRecordName), LibraryUiIds.RECORD_EDITOR);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
