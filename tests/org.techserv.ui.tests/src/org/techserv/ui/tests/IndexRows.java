package org.techserv.ui.tests;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;

/** Rows of a virtual table made from their index ("row 0", "row 1", ...), as a list of any length would give them. */
final class IndexRows implements ILazyContentProvider {

	private final TableViewer viewer;

	IndexRows(TableViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void updateElement(int index) {
		viewer.replace("row " + index, index); //$NON-NLS-1$
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		// rows are made from their index
	}
}
