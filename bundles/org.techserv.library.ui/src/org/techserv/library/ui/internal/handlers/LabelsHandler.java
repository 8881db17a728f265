package org.techserv.library.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.techserv.library.labels.BarcodeLabelPdf;
import org.techserv.library.labels.ItemLabels;
import org.techserv.library.labels.LabelInput;
import org.techserv.library.labels.LabelSheet;
import org.techserv.library.labels.SpineLabelPdf;
import org.techserv.library.labels.barcode.Symbology;
import org.techserv.library.model.Item;
import org.techserv.library.store.CatalogueRow;
import org.techserv.library.ui.LibraryUiIds;
import org.techserv.library.ui.internal.Messages;
import org.techserv.library.ui.internal.Services;
import org.techserv.library.ui.internal.editor.CatalogRecordEditor;
import org.techserv.store.StoreException;

/**
 * Catalogue &gt; Spine Labels / Barcode Labels: the copies of the record being edited, or of the records selected in
 * the Catalogue view, as a PDF sheet of labels. The dialog chooses the sheet, where on it to start (a partly used
 * sheet), the symbology and the file; labels that cannot be printed are listed before anything is written. The
 * file parameter (for scripts and tests) skips the dialog and uses the kind's usual sheet.
 */
public final class LabelsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws org.eclipse.core.commands.ExecutionException {
		boolean spine = LibraryUiIds.SPINE_LABELS_COMMAND.equals(event.getCommand().getId());
		Shell shell = ImportMarcHandler.shell(event);
		List<Item> items;
		try {
			IWorkbenchPart part = HandlerUtil.getActivePart(event);
			items = items(part, selection(part, HandlerUtil.getCurrentSelection(event)));
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.labelsTitle, e.getMessage());
			return null;
		}
		if (items.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.labelsTitle, Messages.labelsNoCopies);
			return null;
		}
		List<LabelInput> labels = ItemLabels.of(items);
		LabelsDialog.Choice choice;
		String file = event.getParameter(event.getCommand().getId() + LibraryUiIds.LABELS_FILE_SUFFIX);
		if (file != null) {
			choice = new LabelsDialog.Choice(spine ? LabelSheet.SPINE_A4_5X13 : LabelSheet.BARCODE_A4_3X8, 1,
					Symbology.CODE_128, null, Path.of(file));
		} else {
			LabelsDialog dialog = new LabelsDialog(shell, spine, labels);
			if (dialog.open() != LabelsDialog.OK) {
				return null;
			}
			choice = dialog.choice();
		}
		List<String> problems = spine ? spinePdf(choice).problems(labels) : barcodePdf(choice).problems(labels);
		if (!problems.isEmpty()) {
			MessageDialog.openError(shell, Messages.labelsTitle,
					NLS.bind(Messages.labelsProblems, String.join("\n", problems))); //$NON-NLS-1$
			return null;
		}
		Job job = Job.create(NLS.bind(Messages.labelsJob, choice.file().getFileName()), (IProgressMonitor monitor) -> {
			try {
				if (spine) {
					spinePdf(choice).write(labels, choice.file(), monitor);
				} else {
					barcodePdf(choice).write(labels, choice.file(), monitor);
				}
				return Status.info(NLS.bind(Messages.labelsDone, labels.size(), choice.file()));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				return Status.error(NLS.bind(Messages.labelsFailed, choice.file(), e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static SpineLabelPdf spinePdf(LabelsDialog.Choice choice) {
		return SpineLabelPdf.on(choice.sheet()).startingAt(choice.start());
	}

	private static BarcodeLabelPdf barcodePdf(LabelsDialog.Choice choice) {
		return BarcodeLabelPdf.on(choice.sheet(), choice.symbology()).startingAt(choice.start())
				.withLibraryName(choice.libraryName());
	}

	/** What the part has selected now (the evaluation context's copy may lag behind a selection just made). */
	private static ISelection selection(IWorkbenchPart part, ISelection fallback) {
		if (part != null && part.getSite().getSelectionProvider() != null) {
			return part.getSite().getSelectionProvider().getSelection();
		}
		return fallback;
	}

	/** The copies to label: the edited record's, or those of the records selected in the catalogue. */
	static List<Item> items(IWorkbenchPart part, ISelection selection) throws StoreException {
		if (part instanceof CatalogRecordEditor editor) {
			return editor.items();
		}
		List<Item> items = new ArrayList<>();
		if (selection instanceof IStructuredSelection rows) {
			for (Object row : rows.toList()) {
				if (row instanceof CatalogueRow catalogued) {
					items.addAll(Services.store().items().ofRecord(catalogued.id()));
				}
			}
		}
		return items;
	}
}
