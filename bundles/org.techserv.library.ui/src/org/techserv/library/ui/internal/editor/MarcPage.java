package org.techserv.library.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.util.MarcLines;
import org.techserv.ui.forms.FormFields;
import org.techserv.ui.viewers.TableColumns;

/**
 * The MARC tag page: every field as a line ({@code =245  10$aTitle :$bsubtitle}), driven from the keyboard. Enter
 * or F2 on a field puts its line in the line box below; Enter there applies it as one undoable change, Escape goes
 * back. Insert starts a new field (placed in tag order), Delete removes the selected fields, Alt+Up and Alt+Down
 * move one. What breaks MARC 21 rules is shown beside the field.
 */
final class MarcPage extends RecordPage {

	static final String ID = "marc"; //$NON-NLS-1$
	public static final String KEY_FIELDS = "marc.fields"; //$NON-NLS-1$
	public static final String KEY_LINE = "marc.line"; //$NON-NLS-1$

	private TableViewer table;
	private Text line;
	private ControlDecoration lineProblem;
	/** The field the line box edits; null while a new field is being typed. */
	private Object editing;

	MarcPage(CatalogRecordEditor editor, RecordSession session) {
		super(editor, session, ID, Messages.pageMarc);
	}

	@Override
	protected void fill(Composite body, FormFields fields) {
		Composite client = fields.section(body, Messages.sectionMarc, Messages.sectionMarcDescription, 1);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(client.getParent());
		table = new TableViewer(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		FormFields.keyed(table.getTable(), KEY_FIELDS);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		table.setContentProvider(ArrayContentProvider.getInstance());
		Color error = Display.getCurrent().getSystemColor(SWT.COLOR_RED);
		TableColumns.<Object>add(table, Messages.columnField, 620, this::lineOf);
		TableColumns.<Object>add(table, Messages.columnProblem, 360, this::problemOf, row -> null,
				row -> problemOf(row) == null ? null : error);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(table.getTable());

		Composite lineRow = fields.toolkit().createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(lineRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(lineRow);
		line = fields.toolkit().createText(lineRow, "", SWT.BORDER | SWT.SINGLE); //$NON-NLS-1$
		line.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		line.setMessage(Messages.lineHint);
		FormFields.keyed(line, KEY_LINE);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(line);
		lineProblem = new ControlDecoration(line, SWT.TOP | SWT.LEFT);
		lineProblem.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage());
		lineProblem.hide();
		fields.button(lineRow, Messages.buttonApply, "marc.apply").addListener(SWT.Selection, e -> apply()); //$NON-NLS-1$
		fields.button(lineRow, Messages.buttonAddField, "marc.add").addListener(SWT.Selection, e -> startNew()); //$NON-NLS-1$
		fields.button(lineRow, Messages.buttonRemoveField, "marc.remove").addListener(SWT.Selection, e -> remove()); //$NON-NLS-1$
		fields.button(lineRow, Messages.buttonUp, "marc.up").addListener(SWT.Selection, e -> move(-1)); //$NON-NLS-1$
		fields.button(lineRow, Messages.buttonDown, "marc.down").addListener(SWT.Selection, e -> move(1)); //$NON-NLS-1$

		table.addSelectionChangedListener(e -> {
			if (!session.refreshing()) {
				startEditing(selected());
			}
		});
		table.getTable().addListener(SWT.DefaultSelection, e -> focusLine());
		table.getTable().addListener(SWT.KeyDown, this::tableKey);
		line.addListener(SWT.DefaultSelection, e -> apply());
		line.addListener(SWT.Modify, e -> {
			if (!lineProblem.isVisible()) {
				return;
			}
			showLineProblem(null);
		});
		line.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				startEditing(selected());
				table.getTable().setFocus();
			}
		});
		session.onRefresh(this::refreshTable);
	}

	private void tableKey(Event e) {
		if (e.keyCode == SWT.F2) {
			focusLine();
		} else if (e.keyCode == SWT.INSERT) {
			startNew();
		} else if (e.keyCode == SWT.DEL) {
			remove();
		} else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
			e.doit = false;
			move(e.keyCode == SWT.ARROW_UP ? -1 : 1);
		}
	}

	/** The rows: the leader (shown for the record), then control fields, then data fields. */
	private List<Object> rows() {
		BibliographicRecord record = session.record();
		List<Object> rows = new ArrayList<>();
		rows.add(record);
		rows.addAll(record.getControlFields());
		rows.addAll(record.getDataFields());
		return rows;
	}

	private void refreshTable() {
		if (table.getTable().isDisposed()) {
			return;
		}
		Object keep = selected();
		table.setInput(rows());
		if (keep != null && rows().contains(keep)) {
			table.setSelection(new StructuredSelection(keep), true);
		}
		if (editing != null && !line.isFocusControl()) {
			line.setText(lineOf(editing));
		}
	}

	private String lineOf(Object row) {
		if (row instanceof BibliographicRecord record) {
			return MarcLines.leader(record.getLeader());
		}
		if (row instanceof ControlField field) {
			return MarcLines.of(field);
		}
		return row instanceof DataField field ? MarcLines.of(field) : ""; //$NON-NLS-1$
	}

	private String problemOf(Object row) {
		return session.problemOf(row, null);
	}

	private Object selected() {
		IStructuredSelection selection = table.getStructuredSelection();
		return selection.size() == 1 ? selection.getFirstElement() : null;
	}

	private void startEditing(Object row) {
		editing = row;
		line.setText(row == null ? "" : lineOf(row)); //$NON-NLS-1$
		showLineProblem(null);
	}

	private void focusLine() {
		startEditing(selected());
		line.setFocus();
		line.setSelection(line.getText().length());
	}

	/** Clears the line box for a new field (Insert). */
	void startNew() {
		editing = null;
		line.setText("="); //$NON-NLS-1$
		showLineProblem(null);
		line.setFocus();
		line.setSelection(1);
	}

	/** Applies the line box: the edited field replaced, or a new field added; a line that is no field is refused. */
	private void apply() {
		MarcLines.Line parsed;
		try {
			parsed = MarcLines.parse(line.getText());
		} catch (IllegalArgumentException e) {
			showLineProblem(e.getMessage());
			return;
		}
		RecordEdits edits = session.edits();
		String written = formatted(parsed);
		if (session.execute(editing == null ? edits.add(parsed) : edits.replace(editing, parsed))) {
			Display.getCurrent().asyncExec(() -> selectApplied(written));
		}
	}

	/** After a change, selects the field just written and hands the keyboard back to the table. */
	private void selectApplied(String written) {
		if (table.getTable().isDisposed()) {
			return;
		}
		session.refresh();
		rows().stream().filter(r -> lineOf(r).equals(written)).findFirst().ifPresent(found -> {
			table.setSelection(new StructuredSelection(found), true);
			startEditing(found);
		});
		table.getTable().setFocus();
	}

	private static String formatted(MarcLines.Line parsed) {
		return switch (parsed) {
		case MarcLines.LeaderLine leader -> MarcLines.leader(leader.value());
		case MarcLines.ControlLine control -> MarcLines.of(control.toField());
		case MarcLines.DataLine data -> MarcLines.of(data.toField());
		};
	}

	private void remove() {
		List<?> chosen = table.getStructuredSelection().toList();
		session.execute(session.edits().remove(chosen));
	}

	private void move(int delta) {
		Object field = selected();
		if (session.execute(session.edits().move(field, delta))) {
			Display.getCurrent().asyncExec(() -> {
				if (!table.getTable().isDisposed()) {
					session.refresh();
					table.setSelection(new StructuredSelection(field), true);
				}
			});
		}
	}

	private void showLineProblem(String message) {
		if (line.isDisposed()) {
			return;
		}
		if (message == null) {
			if (lineProblem.isVisible()) {
				lineProblem.hide();
				editor.notice(null, org.eclipse.jface.dialogs.IMessageProvider.NONE);
			}
			return;
		} else {
			lineProblem.setDescriptionText(message);
			lineProblem.show();
			lineProblem.showHoverText(message);
		}
		editor.notice(message, message == null ? org.eclipse.jface.dialogs.IMessageProvider.NONE
				: org.eclipse.jface.dialogs.IMessageProvider.ERROR);
	}
}
