package org.techserv.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/**
 * A read-only combo bound to a feature: its items are the values on offer (which may change, e.g. the statuses an
 * order may go to next); choosing one commits it.
 */
public final class ComboFieldBinding extends FieldBinding {

	private final Combo combo;
	private final Function<Object, String> labels;
	private final List<Object> values = new ArrayList<>();
	private Chooser chooser;

	/** Decides whether a chosen value may be set; returns the reason when not (the combo then snaps back). */
	@FunctionalInterface
	public interface Chooser {
		String refusal(Object value);
	}

	public ComboFieldBinding(EditingDomain domain, Combo combo, Supplier<EObject> owner, EStructuralFeature feature,
			Function<Object, String> labels) {
		super(domain, combo, owner, feature);
		this.combo = combo;
		this.labels = labels;
		combo.addListener(SWT.Selection, e -> commit());
	}

	/** Checks a choice before it is committed. */
	public ComboFieldBinding checkedBy(Chooser check) {
		this.chooser = check;
		return this;
	}

	/** The values on offer now; the current value is kept on offer so the combo can show it. */
	public void offer(List<?> offered) {
		values.clear();
		values.addAll(offered);
		EObject current = owner();
		Object value = current == null ? null : current.eGet(feature());
		if (value != null && !values.contains(value)) {
			values.add(0, value);
		}
		combo.setItems(values.stream().map(v -> v == null ? "" : labels.apply(v)).toArray(String[]::new)); //$NON-NLS-1$
		refresh();
	}

	@Override
	protected void show(Object value) {
		int index = values.indexOf(value);
		if (combo.getSelectionIndex() != index) {
			if (index < 0) {
				combo.deselectAll();
			} else {
				combo.select(index);
			}
		}
	}

	@Override
	protected Object read() {
		int index = combo.getSelectionIndex();
		Object value = index < 0 ? null : values.get(index);
		if (chooser != null) {
			EObject current = owner();
			Object before = current == null ? null : current.eGet(feature());
			String refusal = Objects.equals(before, value) ? null : chooser.refusal(value);
			if (refusal != null) {
				show(before);
				throw new IllegalArgumentException(refusal);
			}
		}
		return value;
	}
}
