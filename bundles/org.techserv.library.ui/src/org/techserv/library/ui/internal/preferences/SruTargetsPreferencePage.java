package org.techserv.library.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.techserv.library.sru.SruTarget;
import org.techserv.library.sru.SruTargets;
import org.techserv.library.ui.internal.Messages;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * Preferences › Copy Cataloguing: the SRU targets cataloguers search. Those plug-ins contribute are listed and
 * cannot be changed; the library's own are added, edited and removed here and kept in the workspace.
 */
public final class SruTargetsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private TableViewer table;
	private Button edit;
	private Button remove;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
		setDescription(Messages.targetsDescription);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setData(WorkbenchIds.WIDGET_KEY, "targets.table"); //$NON-NLS-1$
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<SruTarget>add(table, Messages.columnTargetName, 160, SruTarget::name);
		TableColumns.<SruTarget>add(table, Messages.targetAddress, 240, t -> t.endpoint().toString());
		TableColumns.<SruTarget>add(table, Messages.columnSchema, 80, SruTarget::recordSchema);
		TableColumns.<SruTarget>add(table, Messages.targetFrom, 110,
				t -> t.isUserDefined() ? Messages.targetFromUser : t.contributor());
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 220).applyTo(table.getTable());
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.targetAdd, "targets.add").addListener(SWT.Selection, e -> open(null)); //$NON-NLS-1$
		edit = button(buttons, Messages.targetEdit, "targets.edit"); //$NON-NLS-1$
		edit.addListener(SWT.Selection, e -> open(selected()));
		remove = button(buttons, Messages.targetRemove, "targets.remove"); //$NON-NLS-1$
		remove.addListener(SWT.Selection, e -> remove());
		table.addSelectionChangedListener(e -> enable());
		table.addDoubleClickListener(e -> open(selected()));
		reload();
		return body;
	}

	private static Button button(Composite parent, String text, String key) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private SruTarget selected() {
		return (SruTarget) table.getStructuredSelection().getFirstElement();
	}

	private void enable() {
		SruTarget target = selected();
		edit.setEnabled(target != null && target.isUserDefined());
		remove.setEnabled(target != null && target.isUserDefined());
	}

	private void reload() {
		SruTargets targets = SruTargets.installed();
		table.setInput(targets.all());
		enable();
		setErrorMessage(targets.problems().isEmpty() ? null : String.join("\n", targets.problems())); //$NON-NLS-1$
	}

	/** Adds a target ({@code null}) or edits a user-defined one. */
	private void open(SruTarget target) {
		if (target != null && !target.isUserDefined()) {
			return;
		}
		TargetDialog dialog = new TargetDialog(getShell(), target);
		if (dialog.open() == TargetDialog.OK) {
			reload();
		}
	}

	private void remove() {
		SruTarget target = selected();
		if (target == null || !target.isUserDefined()) {
			return;
		}
		try {
			SruTargets.installed().remove(target);
			reload();
		} catch (BackingStoreException | IllegalArgumentException e) {
			setErrorMessage(NLS.bind(Messages.targetNotSaved, e.getMessage()));
		}
	}
}
