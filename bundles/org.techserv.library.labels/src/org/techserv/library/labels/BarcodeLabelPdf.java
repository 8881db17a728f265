package org.techserv.library.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.barcode.BarPattern;
import org.techserv.library.labels.barcode.Symbology;
import org.techserv.library.labels.internal.BarcodePainter;
import org.techserv.library.labels.internal.Messages;
import org.techserv.library.labels.internal.Refusal;
import org.techserv.library.labels.internal.SheetPdf;

/**
 * Barcode labels as a PDF of label sheets: on each label the library's name and the item's short title in a
 * small line each above the bars (dropped, title first, when the label is too low for them), the bars as filled
 * rectangles with quiet zones of ten modules on both sides, and the barcode in figures below.
 *
 * @param sheet         the label sheet
 * @param startPosition the first free label on the first sheet (1 = top left), for a sheet already partly used
 * @param symbology     Code 128 or Codabar
 * @param libraryName   printed at the top of every label; null for none
 */
public record BarcodeLabelPdf(LabelSheet sheet, int startPosition, Symbology symbology, String libraryName) {

	public BarcodeLabelPdf {
		Objects.requireNonNull(sheet, "sheet"); //$NON-NLS-1$
		Objects.requireNonNull(symbology, "symbology"); //$NON-NLS-1$
		sheet.checkPosition(startPosition);
		libraryName = libraryName == null || libraryName.isBlank() ? null : libraryName.strip();
	}

	/** Barcode labels on the sheet from its first label, without a library name. */
	public static BarcodeLabelPdf on(LabelSheet sheet, Symbology symbology) {
		return new BarcodeLabelPdf(sheet, 1, symbology, null);
	}

	public BarcodeLabelPdf startingAt(int position) {
		return new BarcodeLabelPdf(sheet, position, symbology, libraryName);
	}

	public BarcodeLabelPdf withLibraryName(String name) {
		return new BarcodeLabelPdf(sheet, startPosition, symbology, name);
	}

	/** The bars of the label of this input. */
	public BarPattern pattern(LabelInput label) {
		return symbology.encode(label.barcode());
	}

	/** How many sheets the labels take from {@link #startPosition()}. */
	public int sheetsFor(int count) {
		return sheet.sheetsFor(count, startPosition);
	}

	/**
	 * What keeps labels from being printed, for the user: no barcode, a barcode the symbology cannot encode or
	 * too long for the label's width, a label too low for bars; empty when none.
	 */
	public List<String> problems(List<LabelInput> labels) {
		List<String> problems = new ArrayList<>();
		if (labels.isEmpty()) {
			problems.add(Messages.noLabels);
		}
		BarcodePainter.tooLow(sheet).ifPresent(problems::add);
		for (int i = 0; i < labels.size(); i++) {
			LabelInput label = labels.get(i);
			String which = Refusal.label(i, label.describe());
			if (label.barcode() == null) {
				problems.add(NLS.bind(Messages.labelNoBarcode, which));
				continue;
			}
			Optional<String> unencodable = symbology.problem(label.barcode());
			if (unencodable.isPresent()) {
				problems.add(NLS.bind(Messages.labelBadBarcode, which, unencodable.get()));
			} else {
				BarcodePainter.tooLong(sheet, pattern(label))
						.ifPresent(tooLong -> problems.add(NLS.bind(Messages.labelBadBarcode, which, tooLong)));
			}
		}
		return problems;
	}

	/**
	 * Writes the labels' sheets to target, replacing it; the file appears only when complete.
	 *
	 * @param monitor progress, one unit per label; may be null
	 * @throws IllegalArgumentException   when there are {@link #problems}; nothing is written
	 * @throws OperationCanceledException when cancelled; the target is left as it was
	 */
	public void write(List<LabelInput> labels, Path target, IProgressMonitor monitor) throws IOException {
		Refusal.unlessNone(problems(labels));
		List<BarPattern> patterns = labels.stream().map(this::pattern).toList();
		SheetPdf.write(target, sheet, startPosition, labels.size(), Messages.barcodeDocumentTitle,
				document -> new BarcodePainter(document, libraryName, labels, patterns), monitor);
	}
}
