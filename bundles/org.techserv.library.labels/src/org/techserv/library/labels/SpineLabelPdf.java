package org.techserv.library.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.internal.Messages;
import org.techserv.library.labels.internal.Refusal;
import org.techserv.library.labels.internal.SheetPdf;
import org.techserv.library.labels.internal.SpinePainter;

/**
 * Spine labels as a PDF of label sheets: each label shows its call number broken into lines by
 * {@link CallNumberLines}, in the largest type (up to 12 pt) that fits the label.
 *
 * @param sheet         the label sheet
 * @param startPosition the first free label on the first sheet (1 = top left), for a sheet already partly used
 * @param maxLineLength the most characters on a line ({@link CallNumberLines#split(String, int)}); 0 for no limit
 * @param showLocation  whether the location is printed above the call number
 */
public record SpineLabelPdf(LabelSheet sheet, int startPosition, int maxLineLength, boolean showLocation) {

	public SpineLabelPdf {
		Objects.requireNonNull(sheet, "sheet"); //$NON-NLS-1$
		sheet.checkPosition(startPosition);
		if (maxLineLength < 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.negativeLineLength, maxLineLength));
		}
	}

	/** Spine labels on the sheet from its first label, lines as long as their parts, no location. */
	public static SpineLabelPdf on(LabelSheet sheet) {
		return new SpineLabelPdf(sheet, 1, 0, false);
	}

	public SpineLabelPdf startingAt(int position) {
		return new SpineLabelPdf(sheet, position, maxLineLength, showLocation);
	}

	public SpineLabelPdf withMaxLineLength(int characters) {
		return new SpineLabelPdf(sheet, startPosition, characters, showLocation);
	}

	public SpineLabelPdf withLocation(boolean show) {
		return new SpineLabelPdf(sheet, startPosition, maxLineLength, show);
	}

	/** The lines the label of this input shows, top to bottom. */
	public List<String> lines(LabelInput label) {
		List<String> lines = new ArrayList<>();
		if (showLocation && label.location() != null) {
			lines.add(label.location());
		}
		lines.addAll(CallNumberLines.split(label.callNumber(), maxLineLength).lines());
		return lines;
	}

	/** How many sheets the labels take from {@link #startPosition()}. */
	public int sheetsFor(int count) {
		return sheet.sheetsFor(count, startPosition);
	}

	/** What keeps labels from being printed (a label without a call number), for the user; empty when none. */
	public List<String> problems(List<LabelInput> labels) {
		List<String> problems = new ArrayList<>();
		if (labels.isEmpty()) {
			problems.add(Messages.noLabels);
		}
		for (int i = 0; i < labels.size(); i++) {
			if (labels.get(i).callNumber() == null) {
				problems.add(NLS.bind(Messages.labelNoCallNumber, Refusal.label(i, labels.get(i).describe())));
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
		List<List<String>> lines = labels.stream().map(this::lines).toList();
		SheetPdf.write(target, sheet, startPosition, labels.size(), Messages.spineDocumentTitle,
				document -> new SpinePainter(document, lines), monitor);
	}
}
