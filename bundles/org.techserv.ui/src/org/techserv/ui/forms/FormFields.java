package org.techserv.ui.forms;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.techserv.workbench.WorkbenchIds;

/**
 * Builds the labelled fields of editor pages in a two-column grid with the form toolkit's look. Every control
 * gets a stable key ({@link WorkbenchIds#WIDGET_KEY}) for UI tests, and labels carry mnemonics for the keyboard.
 */
public final class FormFields {

	private final FormToolkit toolkit;

	public FormFields(FormToolkit toolkit) {
		this.toolkit = toolkit;
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	/** A titled section with a two-column client (labels, fields). */
	public Composite section(Composite parent, String title, String description) {
		return section(parent, title, description, 2);
	}

	/** A titled section whose client has {@code columns} columns. */
	public Composite section(Composite parent, String title, String description, int columns) {
		Section section = toolkit.createSection(parent,
				Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION) | Section.EXPANDED);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(4, 4).spacing(10, 6).applyTo(client);
		section.setClient(client);
		return client;
	}

	public Text text(Composite parent, String label, String key, int style) {
		label(parent, label, (style & SWT.MULTI) != 0);
		Text text = toolkit.createText(parent, "", SWT.BORDER | style); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0)
				.hint(200, (style & SWT.MULTI) != 0 ? 64 : SWT.DEFAULT).applyTo(text);
		return keyed(text, key);
	}

	public Combo combo(Composite parent, String label, String key) {
		label(parent, label, false);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(combo);
		return keyed(combo, key);
	}

	public Button check(Composite parent, String label, String key) {
		toolkit.createLabel(parent, ""); //$NON-NLS-1$
		Button button = toolkit.createButton(parent, label, SWT.CHECK);
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(button);
		return keyed(button, key);
	}

	public Button button(Composite parent, String label, String key) {
		Button button = toolkit.createButton(parent, label, SWT.PUSH);
		return keyed(button, key);
	}

	public Label value(Composite parent, String label, String key) {
		label(parent, label, false);
		Label value = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(value);
		return keyed(value, key);
	}

	public static <C extends Control> C keyed(C control, String key) {
		control.setData(WorkbenchIds.WIDGET_KEY, key);
		return control;
	}

	private void label(Composite parent, String text, boolean top) {
		Label label = toolkit.createLabel(parent, text);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
	}
}
