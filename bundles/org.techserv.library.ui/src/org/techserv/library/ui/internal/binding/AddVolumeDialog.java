package org.techserv.library.ui.internal.binding;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.serials.binding.BindableTitle;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.BindingVolume;
import org.techserv.library.serials.binding.Piece;
import org.techserv.library.serials.binding.VolumeSpec;
import org.techserv.store.StoreException;
import org.techserv.ui.viewers.TableColumns;
import org.techserv.workbench.WorkbenchIds;

/**
 * A volume for an open batch: a title that has received issues in no batch yet, its issues (all ticked; untick
 * what waits for the next volume) and the binding specification. OK adds the volume; a refusal is shown in the
 * store's words and the dialog stays open to put it right.
 */
final class AddVolumeDialog extends TitleAreaDialog {

	private final Bindery bindery;
	private final BindingBatch batch;
	private List<BindableTitle> titles = List.of();
	private Combo title;
	private CheckboxTableViewer issues;
	private Text label;
	private Text colour;
	private Text cover;
	private Text spine;
	private Text callNumber;
	private BindingVolume added;

	AddVolumeDialog(Shell shell, Bindery bindery, BindingBatch batch) {
		super(shell);
		this.bindery = bindery;
		this.batch = batch;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The volume added, once OK succeeded. */
	BindingVolume added() {
		return added;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(Messages.addVolumeTitle);
		setTitle(Messages.addVolumeTitle);
		setMessage(NLS.bind(Messages.addVolumeMessage, batch.id(), batch.bindery()));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		new Label(form, SWT.NONE).setText(Messages.titleField);
		title = new Combo(form, SWT.READ_ONLY);
		title.setData(WorkbenchIds.WIDGET_KEY, BindingUiIds.KEY_TITLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		title.addListener(SWT.Selection, e -> showIssues());

		Label issuesLabel = new Label(form, SWT.NONE);
		issuesLabel.setText(Messages.issuesField);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(issuesLabel);
		issues = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		issues.getTable().setData(WorkbenchIds.WIDGET_KEY, BindingUiIds.KEY_ISSUES);
		issues.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Piece>add(issues, Messages.columnVolume, 260, Piece::label);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(issues.getTable());

		label = field(form, Messages.labelField, BindingUiIds.KEY_LABEL, ""); //$NON-NLS-1$
		label.setMessage(Messages.labelHint);
		colour = field(form, Messages.colourField, BindingUiIds.KEY_COLOUR, ""); //$NON-NLS-1$
		cover = field(form, Messages.coverField, BindingUiIds.KEY_COVER, Messages.coverDefault);
		Label spineLabel = new Label(form, SWT.NONE);
		spineLabel.setText(Messages.spineField);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(spineLabel);
		spine = new Text(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		spine.setData(WorkbenchIds.WIDGET_KEY, BindingUiIds.KEY_SPINE);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 60).applyTo(spine);
		callNumber = field(form, Messages.callNumberField, BindingUiIds.KEY_CALL_NUMBER, ""); //$NON-NLS-1$
		callNumber.setMessage(Messages.callNumberHint);

		try {
			titles = bindery.bindableTitles();
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
		for (BindableTitle bindable : titles) {
			title.add(NLS.bind(Messages.titleChoice, bindable.title(), bindable.issues()));
		}
		if (titles.isEmpty()) {
			setErrorMessage(Messages.nothingBindable);
		} else {
			title.select(0);
			showIssues();
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(!titles.isEmpty());
	}

	private static Text field(Composite form, String text, String key, String value) {
		new Label(form, SWT.NONE).setText(text);
		Text field = new Text(form, SWT.BORDER);
		field.setData(WorkbenchIds.WIDGET_KEY, key);
		field.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		return field;
	}

	/** Lists the chosen title's bindable issues, all ticked, and offers its title for the spine. */
	private void showIssues() {
		BindableTitle chosen = chosenTitle();
		if (chosen == null) {
			return;
		}
		try {
			List<Piece> pieces = bindery.bindableIssues(chosen.recordId());
			issues.setInput(pieces);
			issues.setAllChecked(true);
			if (spine.getText().isBlank() && chosen.title() != null) {
				spine.setText(chosen.title().strip());
			}
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private BindableTitle chosenTitle() {
		int index = title.getSelectionIndex();
		return index < 0 ? null : titles.get(index);
	}

	@Override
	protected void okPressed() {
		BindableTitle chosen = chosenTitle();
		if (chosen == null) {
			return;
		}
		List<Long> ticked = new ArrayList<>();
		for (Object element : issues.getCheckedElements()) {
			ticked.add(((Piece) element).issueId());
		}
		VolumeSpec spec = new VolumeSpec(label.getText(), colour.getText(), cover.getText(),
				List.of(spine.getText().split("\\R")), callNumber.getText()); //$NON-NLS-1$
		try {
			added = bindery.addVolume(batch.id(), chosen.recordId(), spec, ticked, List.of());
			super.okPressed();
		} catch (StoreException e) {
			Refusals.show(getShell(), e);
		}
	}
}
