package org.techserv.library.ui.internal.editor;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.model.DataField;
import org.techserv.library.model.util.RecordValues;

/**
 * A form field showing one subfield of the record ({@code 245 $c}): what is typed becomes one command setting,
 * adding or removing that subfield (on Enter or leaving the field), and a problem with the value shows beside it.
 */
final class SubfieldText {

	private final RecordSession session;
	private final Text text;
	private final Supplier<String> tag;
	private final char code;
	private final Function<String, String> check;
	private final ControlDecoration decoration;

	/**
	 * @param tag   which field, asked each time (a record may use 260 or 264 for its publication)
	 * @param check the problem of a value, or null when it is fine
	 */
	SubfieldText(RecordSession session, Text text, Supplier<String> tag, char code, Function<String, String> check) {
		this.session = session;
		this.text = text;
		this.tag = tag;
		this.code = code;
		this.check = check;
		this.decoration = new ControlDecoration(text, SWT.TOP | SWT.LEFT);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage());
		decoration.hide();
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.DefaultSelection, e -> commit());
		session.onRefresh(this::refresh);
	}

	/** The subfield's value now, or empty. */
	String value() {
		DataField field = RecordValues.first(session.record(), tag.get());
		String value = field == null ? null : RecordValues.subfield(field, code);
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private void refresh() {
		if (text.isDisposed()) {
			return;
		}
		String value = value();
		if (!text.isFocusControl() && !text.getText().equals(value)) {
			text.setText(value);
		}
		String problem = value.isEmpty() ? null : check.apply(value);
		if (problem == null) {
			decoration.hide();
		} else {
			decoration.setDescriptionText(problem);
			decoration.show();
		}
	}

	private void commit() {
		if (text.isDisposed() || text.getText().strip().equals(value())) {
			return;
		}
		session.execute(session.edits().setSubfield(tag.get(), code, text.getText()));
	}
}
