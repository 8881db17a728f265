package org.techserv.ui.emf;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;

/** A check box bound to a boolean attribute; each click is one command. */
public final class CheckFieldBinding extends FieldBinding {

	private final Button button;

	public CheckFieldBinding(EditingDomain domain, Button button, Supplier<EObject> owner, EStructuralFeature feature) {
		super(domain, button, owner, feature);
		this.button = button;
		button.addListener(SWT.Selection, e -> commit());
	}

	@Override
	protected void show(Object value) {
		button.setSelection(Boolean.TRUE.equals(value));
	}

	@Override
	protected Object read() {
		return Boolean.valueOf(button.getSelection());
	}
}
