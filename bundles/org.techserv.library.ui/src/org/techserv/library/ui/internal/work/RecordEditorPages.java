package org.techserv.library.ui.internal.work;

import org.eclipse.ui.PartInitException;
import org.techserv.library.ui.internal.editor.CatalogRecordEditor;
import org.techserv.ui.forms.ContributedPages;

/** Adds the pages contributed to {@value #EXTENSION_POINT} to a catalogue record editor, after its own pages. */
public final class RecordEditorPages {

	public static final String EXTENSION_POINT = "org.techserv.library.ui.recordPages"; //$NON-NLS-1$

	private RecordEditorPages() {
	}

	public static void addTo(CatalogRecordEditor editor) throws PartInitException {
		ContributedPages.addTo(editor, EXTENSION_POINT, editor::record);
	}
}
