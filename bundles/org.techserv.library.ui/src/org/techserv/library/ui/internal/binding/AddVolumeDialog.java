package org.techserv.library.ui.internal.binding;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
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
 * A volume for an open batch: a serial title with received issues or worn copies that may be bound, or the title
 * of a worn copy scanned by its barcode; its issues (all ticked; untick what waits for the next volume) and its
 * copies on the shelf (ticked with Space, or by scanning them); and the binding specification. Only what the
 * bindery takes is listed (copies on loan, at the bindery, withdrawn or in another batch are not). OK adds the
 * volume; a refusal is shown in the store's words and the dialog stays open to put it right.
 */
final class AddVolumeDialog extends TitleAreaDialog {

	private final Bindery bindery;
	private final BindingBatch batch;
	private final List<BindableTitle> titles = new ArrayList<>();
	private Combo title;
	private Text worn;
	private CheckboxTableViewer issues;
	private Text label;
	private Text colour;
	private Text cover;
	private Text spine;
	private Text callNumber;
	private BindingVolume added;
	/** The spine lettering offered for the title chosen before: replaced when another title is chosen. */
	private String offeredSpine = ""; //$NON-NLS-1$

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

		worn = field(form, Messages.wornField, BindingUiIds.KEY_WORN, ""); //$NON-NLS-1$
		worn.setMessage(Messages.wornHint);
		// Enter from the scanner finds the copy; it does not press OK
		worn.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
				e.detail = SWT.TRAVERSE_NONE;
				scanned();
			}
		});

		Label issuesLabel = new Label(form, SWT.NONE);
		issuesLabel.setText(Messages.issuesField);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(issuesLabel);
		issues = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		issues.getTable().setData(WorkbenchIds.WIDGET_KEY, BindingUiIds.KEY_ISSUES);
		issues.getTable().setHeaderVisible(true);
		issues.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Piece>add(issues, Messages.columnPiece, 260,
				p -> p.issueId() != 0 ? p.label() : NLS.bind(Messages.pieceCopy, p.label()));
		issues.getTable().addListener(SWT.KeyDown, this::toggle);
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
			titles.addAll(bindery.bindableTitles());
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
		for (BindableTitle bindable : titles) {
			title.add(choice(bindable));
		}
		if (titles.isEmpty()) {
			setMessage(Messages.nothingBindable, IMessageProvider.INFORMATION);
		} else {
			title.select(0);
			showIssues();
		}
		return area;
	}

	/** "Title (12 issues)", "Title (2 copies)" or "Title (12 issues, 2 copies)". */
	private static String choice(BindableTitle bindable) {
		if (bindable.copies() == 0) {
			return NLS.bind(Messages.titleChoice, bindable.title(), bindable.issues());
		}
		if (bindable.issues() == 0) {
			return NLS.bind(Messages.titleChoiceCopies, bindable.title(), bindable.copies());
		}
		return NLS.bind(Messages.titleChoiceBoth, new Object[] { bindable.title(), bindable.issues(), bindable.copies() });
	}

	/**
	 * Enter in the worn copy field: the scanned copy's title is chosen (added to the list when it is not a serial's)
	 * and the copy ticked; a copy the bindery may not take is refused in the store's words in the dialog's header.
	 */
	private void scanned() {
		String barcode = worn.getText().strip();
		if (barcode.isEmpty()) {
			return;
		}
		try {
			BindableTitle found = bindery.copyToBind(barcode);
			int index = indexOf(found.recordId());
			if (index < 0) {
				titles.add(found);
				title.add(choice(found));
				index = titles.size() - 1;
			}
			if (index != title.getSelectionIndex()) {
				title.select(index);
				showIssues();
			}
			for (Object element : (List<?>) issues.getInput()) {
				Piece piece = (Piece) element;
				if (piece.issueId() == 0 && barcode.equals(piece.label())) {
					issues.setChecked(piece, true);
					issues.reveal(piece);
				}
			}
			setErrorMessage(null);
			worn.setText(""); //$NON-NLS-1$
			getButton(IDialogConstants.OK_ID).setEnabled(true);
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
			worn.selectAll();
		}
	}

	private int indexOf(long recordId) {
		for (int i = 0; i < titles.size(); i++) {
			if (titles.get(i).recordId() == recordId) {
				return i;
			}
		}
		return -1;
	}

	/** Space ticks or unticks the chosen rows, the same on every platform. */
	private void toggle(Event e) {
		if (e.character != ' ') {
			return;
		}
		e.doit = false;
		IStructuredSelection chosen = issues.getStructuredSelection();
		boolean tick = chosen.toList().stream().anyMatch(element -> !issues.getChecked(element));
		for (Object element : chosen.toList()) {
			issues.setChecked(element, tick);
		}
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

	/**
	 * Lists the chosen title's bindable issues, all ticked, then its copies that may be bound, unticked (a worn copy
	 * is chosen on purpose), and offers its title for the spine.
	 */
	private void showIssues() {
		BindableTitle chosen = chosenTitle();
		if (chosen == null) {
			return;
		}
		try {
			List<Piece> free = bindery.bindableIssues(chosen.recordId());
			List<Piece> pieces = new ArrayList<>(free);
			pieces.addAll(bindery.bindableCopies(chosen.recordId()));
			issues.setInput(pieces);
			issues.setCheckedElements(free.toArray());
			if ((spine.getText().isBlank() || spine.getText().equals(offeredSpine)) && chosen.title() != null) {
				offeredSpine = chosen.title().strip();
				spine.setText(offeredSpine);
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
		List<Long> copies = new ArrayList<>();
		for (Object element : issues.getCheckedElements()) {
			Piece piece = (Piece) element;
			if (piece.issueId() != 0) {
				ticked.add(piece.issueId());
			} else {
				copies.add(piece.itemId());
			}
		}
		VolumeSpec spec = new VolumeSpec(label.getText(), colour.getText(), cover.getText(),
				List.of(spine.getText().split("\\R")), callNumber.getText()); //$NON-NLS-1$
		try {
			added = bindery.addVolume(batch.id(), chosen.recordId(), spec, ticked, copies);
			super.okPressed();
		} catch (StoreException e) {
			Refusals.show(getShell(), e);
		}
	}
}
