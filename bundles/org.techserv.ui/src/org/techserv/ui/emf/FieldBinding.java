package org.techserv.ui.emf;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Connects one control to one feature of a model object. The control shows the model's value; what the user
 * enters becomes a {@link SetCommand} on the editing domain's command stack (so it can be undone), and problems
 * with the field show as a decoration beside the control.
 * <p>
 * The object may not exist yet (a sign-off before anyone signed): a {@link Container} creates it in the same
 * command as the first value.
 */
public abstract class FieldBinding {

	/**
	 * Where a missing owner is created: in {@code feature} of {@code parent}, as {@code child}.
	 *
	 * @param parent  the object holding the owner
	 * @param feature the containment reference
	 * @param child   a new, empty owner
	 */
	public record Creation(EObject parent, EReference feature, EObject child) {
	}

	/** Creates the owner when it is missing; returns null when it cannot be created now. */
	@FunctionalInterface
	public interface Container {
		Creation create();
	}

	private final EditingDomain domain;
	private final Supplier<EObject> owner;
	private final EStructuralFeature feature;
	private final Control control;
	private final ControlDecoration decoration;
	private Container container;
	private String conversionProblem;

	protected FieldBinding(EditingDomain domain, Control control, Supplier<EObject> owner, EStructuralFeature feature) {
		this.domain = domain;
		this.control = control;
		this.owner = owner;
		this.feature = feature;
		this.decoration = new ControlDecoration(control, SWT.TOP | SWT.LEFT);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage());
		decoration.hide();
	}

	/** Creates the owner with the first value entered, when it does not exist yet. */
	public FieldBinding creatingOwnerWith(Container creator) {
		this.container = creator;
		return this;
	}

	public EObject owner() {
		return owner.get();
	}

	public EStructuralFeature feature() {
		return feature;
	}

	public Control control() {
		return control;
	}

	/** Shows the model's current value (not while the user is typing into the control). */
	public final void refresh() {
		if (control.isDisposed() || control.isFocusControl() && conversionProblem != null) {
			return;
		}
		EObject current = owner.get();
		show(current == null ? null : current.eGet(feature));
		control.setEnabled(current != null || container != null);
	}

	/** Shows a problem of the field (null to clear); a value that could not be read wins over model problems. */
	public final void showProblem(String message) {
		String shown = conversionProblem != null ? conversionProblem : message;
		if (control.isDisposed()) {
			return;
		}
		if (shown == null) {
			decoration.hide();
			decoration.setDescriptionText(null);
		} else {
			decoration.setDescriptionText(shown);
			decoration.show();
		}
	}

	/** The problem shown now, or null. */
	public String problem() {
		return decoration.isVisible() ? decoration.getDescriptionText() : null;
	}

	protected abstract void show(Object value);

	/** Turns what the control holds into a value of the feature. */
	protected abstract Object read() throws IllegalArgumentException;

	private static boolean isEmpty(Object value) {
		return value == null || value instanceof java.util.Collection<?> c && c.isEmpty()
				|| value instanceof String text && text.isBlank();
	}

	/** Commits what the control holds now: a dialog saving while the field still has the focus. */
	public final void flush() {
		if (!control.isDisposed()) {
			commit();
		}
	}

	/** Commits what the control holds: one command when the value changed, none otherwise. */
	protected final void commit() {
		Object value;
		try {
			value = read();
			conversionProblem = null;
		} catch (IllegalArgumentException e) {
			conversionProblem = e.getMessage();
			showProblem(null);
			return;
		}
		showProblem(null);
		EObject current = owner.get();
		if (current == null) {
			Creation creation = container == null ? null : container.create();
			if (creation == null || isEmpty(value)) {
				return; // nothing entered: leaving an empty field must not create the owner
			}
			CompoundCommand command = new CompoundCommand(SetCommand.create(domain, creation.child(), feature, value)
					.getLabel());
			creation.child().eSet(feature, value); // the new owner is not in the model yet: set it directly
			command.append(SetCommand.create(domain, creation.parent(), creation.feature(), creation.child()));
			domain.getCommandStack().execute(command);
			return;
		}
		if (Objects.equals(current.eGet(feature), value)) {
			return;
		}
		Command command = SetCommand.create(domain, current, feature, value == null ? SetCommand.UNSET_VALUE : value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
