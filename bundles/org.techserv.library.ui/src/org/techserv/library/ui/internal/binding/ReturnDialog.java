package org.techserv.library.ui.internal.binding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.serials.binding.Bindery;
import org.techserv.library.serials.binding.BindingBatch;
import org.techserv.library.serials.binding.BindingVolume;
import org.techserv.store.FieldProblem;
import org.techserv.store.StoreException;
import org.techserv.store.ValidationException;
import org.techserv.workbench.WorkbenchIds;

/**
 * The return of a batch, built for a barcode scanner: a barcode field per volume of issues, in the order of the
 * batch. A scanner ends each barcode with Enter, which moves on to the next field; Enter in the last one returns the
 * batch. A barcode missing, given twice or already on another copy is refused in the store's words, nothing is
 * saved, and the field holding it is chosen so the next scan replaces it.
 */
final class ReturnDialog extends TitleAreaDialog {

	private final Bindery bindery;
	private final BindingBatch batch;
	private final List<BindingVolume> bound;
	private final List<Text> barcodes = new ArrayList<>();
	private int boundCopies;

	ReturnDialog(Shell shell, Bindery bindery, BindingBatch batch, List<BindingVolume> volumes) {
		super(shell);
		this.bindery = bindery;
		this.batch = batch;
		// worn copies come back with their own barcodes; only volumes of issues become new copies
		this.bound = volumes.stream().filter(v -> v.pieces().stream().anyMatch(p -> p.issueId() != 0)).toList();
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** How many bound copies the return made. */
	int boundCopies() {
		return boundCopies;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(Messages.returnTitle);
		setTitle(Messages.returnTitle);
		setMessage(bound.isEmpty() ? NLS.bind(Messages.returnWornOnly, batch.id())
				: NLS.bind(Messages.returnMessage, batch.id(), batch.bindery()));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		for (BindingVolume volume : bound) {
			new Label(form, SWT.NONE).setText(NLS.bind(Messages.returnVolume, volume.title(), volume.spec().label()));
			Text barcode = new Text(form, SWT.BORDER | SWT.SINGLE);
			barcode.setData(WorkbenchIds.WIDGET_KEY, BindingUiIds.KEY_BARCODE + barcodes.size());
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(barcode);
			int index = barcodes.size();
			// Enter from the scanner: the next field, or the return itself after the last one
			barcode.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_RETURN) {
					e.doit = false;
					e.detail = SWT.TRAVERSE_NONE;
					enter(index);
				}
			});
			barcodes.add(barcode);
		}
		return area;
	}

	private void enter(int index) {
		if (index + 1 < barcodes.size()) {
			barcodes.get(index + 1).setFocus();
			barcodes.get(index + 1).selectAll();
		} else {
			okPressed();
		}
	}

	@Override
	protected void okPressed() {
		Map<Long, String> given = new HashMap<>();
		for (int i = 0; i < bound.size(); i++) {
			given.put(bound.get(i).id(), barcodes.get(i).getText().strip());
		}
		try {
			bindery.receive(batch.id(), LocalDate.now(), given);
			boundCopies = bound.size();
			super.okPressed();
		} catch (StoreException e) {
			Refusals.show(getShell(), e);
			focusRefused(e);
		}
	}

	/** Chooses the field the refusal is about (its barcode, or the empty one of its volume), for the next scan. */
	private void focusRefused(StoreException e) {
		if (!(e instanceof ValidationException refused) || refused.problems().isEmpty()) {
			return;
		}
		FieldProblem problem = refused.problems().get(0);
		for (int i = 0; i < barcodes.size(); i++) {
			Text barcode = barcodes.get(i);
			String text = barcode.getText().strip();
			boolean named = !text.isEmpty() && text.equals(problem.value());
			boolean emptyOfVolume = text.isEmpty() && bound.get(i).spec().label().equals(problem.value());
			if (named || emptyOfVolume) {
				barcode.setFocus();
				barcode.selectAll();
			}
		}
	}
}
