package org.techserv.ui.emf;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Text;

/**
 * A text field bound to an attribute: committed when the field loses focus or on Enter (single-line fields), so a
 * word typed is one undo step, not one per key.
 */
public final class TextFieldBinding extends FieldBinding {

	private final Text text;
	private final ValueText converter;

	public TextFieldBinding(EditingDomain domain, Text text, Supplier<EObject> owner, EStructuralFeature feature,
			ValueText converter) {
		super(domain, text, owner, feature);
		this.text = text;
		this.converter = converter;
		text.addFocusListener(new FocusAdapter() {
			@Override
			public void focusLost(FocusEvent e) {
				commit();
			}
		});
		if ((text.getStyle() & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> commit());
		}
	}

	@Override
	protected void show(Object value) {
		String shown = converter.toText(value);
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
	}

	@Override
	protected Object read() {
		return converter.fromText(text.getText());
	}
}
