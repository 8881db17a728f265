package org.techserv.equipment.ui.internal.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A stored service order to edit, by id; two inputs for the same order are equal, so it opens once. */
public final class ServiceOrderEditorInput implements IEditorInput {

	private final long id;
	private final String number;

	public ServiceOrderEditorInput(long id, String number) {
		this.id = id;
		this.number = number;
	}

	public long id() {
		return id;
	}

	@Override
	public boolean exists() {
		return false; // not in the recently-used list: orders are found through the Service Orders view
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return number;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return number;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ServiceOrderEditorInput input && input.id == id;
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}
}
