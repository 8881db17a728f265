package org.techserv.library.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.techserv.library.labels.LabelInput;
import org.techserv.library.labels.LabelSheet;
import org.techserv.library.labels.barcode.Symbology;
import org.techserv.library.ui.internal.Messages;
import org.techserv.workbench.WorkbenchIds;

/** Chooses how labels are printed: the sheet, where on it to start, the symbology (barcodes) and the PDF file. */
final class LabelsDialog extends TitleAreaDialog {

	/** What was chosen. */
	record Choice(LabelSheet sheet, int start, Symbology symbology, String libraryName, Path file) {
	}

	private final boolean spine;
	private final List<LabelInput> labels;
	private final List<LabelSheet> sheets = LabelSheet.presets();
	private Combo sheet;
	private Spinner start;
	private Combo symbology;
	private Text library;
	private Text file;
	private Choice choice;

	LabelsDialog(Shell shell, boolean spine, List<LabelInput> labels) {
		super(shell);
		this.spine = spine;
		this.labels = labels;
	}

	Choice choice() {
		return choice;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.labelsTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(spine ? Messages.labelsSpineTitle : Messages.labelsBarcodeTitle);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		sheet = new Combo(labelled(body, Messages.labelsSheet), SWT.READ_ONLY);
		sheets.forEach(s -> sheet.add(s.name()));
		sheet.select(sheets.indexOf(spine ? LabelSheet.SPINE_A4_5X13 : LabelSheet.BARCODE_A4_3X8));
		place(sheet, "labels.sheet"); //$NON-NLS-1$
		start = new Spinner(labelled(body, Messages.labelsStart), SWT.BORDER);
		place(start, "labels.start"); //$NON-NLS-1$
		if (!spine) {
			symbology = new Combo(labelled(body, Messages.labelsSymbology), SWT.READ_ONLY);
			for (Symbology each : Symbology.values()) {
				symbology.add(each.displayName());
			}
			symbology.select(0);
			place(symbology, "labels.symbology"); //$NON-NLS-1$
			library = new Text(labelled(body, Messages.labelsLibrary), SWT.BORDER);
			place(library, "labels.library"); //$NON-NLS-1$
		}
		file = new Text(labelled(body, Messages.labelsFile), SWT.BORDER);
		file.setText(System.getProperty("user.home") + (spine ? "/spine-labels.pdf" : "/barcode-labels.pdf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		file.setData(WorkbenchIds.WIDGET_KEY, "labels.file"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.labelsBrowse);
		browse.addListener(SWT.Selection, e -> browse());
		sheet.addListener(SWT.Selection, e -> update());
		start.addListener(SWT.Modify, e -> update());
		update();
		return area;
	}

	private static Composite labelled(Composite body, String text) {
		new Label(body, SWT.NONE).setText(text);
		return body;
	}

	private static void place(Control control, String key) {
		control.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(control);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Keeps the start position within the sheet and says how many sheets the labels take. */
	private void update() {
		LabelSheet chosen = sheets.get(Math.max(0, sheet.getSelectionIndex()));
		start.setMinimum(1);
		start.setMaximum(chosen.labelsPerSheet());
		setMessage(NLS.bind(Messages.labelsCount, labels.size(), chosen.sheetsFor(labels.size(), start.getSelection())),
				IMessageProvider.INFORMATION);
	}

	@Override
	protected void okPressed() {
		if (file.getText().isBlank()) {
			setMessage(Messages.labelsNoFile, IMessageProvider.ERROR);
			return;
		}
		choice = new Choice(sheets.get(sheet.getSelectionIndex()), start.getSelection(),
				symbology == null ? Symbology.CODE_128 : Symbology.values()[symbology.getSelectionIndex()],
				library == null || library.getText().isBlank() ? null : library.getText().strip(),
				Path.of(file.getText().strip()));
		super.okPressed();
	}
}
