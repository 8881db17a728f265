package org.techserv.library.ui.internal.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A stored catalogue record to edit, by id; two inputs for the same record are equal, so it opens once. Id 0 is a
 * new record (original cataloguing), equal only to itself.
 */
public final class RecordEditorInput implements IEditorInput {

	private final long id;
	private final String title;

	public RecordEditorInput(long id, String title) {
		this.id = id;
		this.title = title == null ? String.valueOf(id) : title;
	}

	public long id() {
		return id;
	}

	@Override
	public boolean exists() {
		return false; // records are found through the Catalogue view, not the recently-used list
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other == this || id != 0 && other instanceof RecordEditorInput input && input.id == id;
	}

	@Override
	public int hashCode() {
		return id == 0 ? System.identityHashCode(this) : Objects.hash(id);
	}
}
