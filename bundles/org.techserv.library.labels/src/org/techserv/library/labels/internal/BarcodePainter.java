package org.techserv.library.labels.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.LabelInput;
import org.techserv.library.labels.LabelSheet;
import org.techserv.library.labels.barcode.BarPattern;

/**
 * Draws barcode labels, top to bottom: library name, short title, bars, barcode text. The module (narrowest bar)
 * is as wide as the label allows up to {@link #MAX_MODULE_MM}, never below {@link #MIN_MODULE_MM} (what
 * ordinary scanners read), with {@link #QUIET_MODULES} blank modules on each side.
 */
public final class BarcodePainter implements SheetPdf.Painter {

	public static final float MIN_MODULE_MM = 0.19f;
	public static final float MAX_MODULE_MM = 0.5f;
	public static final int QUIET_MODULES = 10;
	/** Bars lower than this make the top lines give way (the title first). */
	private static final float COMFORTABLE_BARS = 6 * SheetPdf.POINTS_PER_MM;
	/** Bars lower than this are refused. */
	private static final float LOWEST_BARS = 3 * SheetPdf.POINTS_PER_MM;
	private static final float PADDING = 1.5f * SheetPdf.POINTS_PER_MM;
	private static final float TEXT_SIZE = 8;
	private static final float TOP_SIZE = 6.5f;
	private static final float LEADING = 1.15f;
	private static final float GAP = 1.5f;
	/** DejaVu's figures and capitals stand 0.73 em high; its descenders reach 0.24 em below the baseline. */
	private static final float CAP = 0.73f;
	private static final float DESCENT = 0.24f;

	private final LabelFont regular;
	private final LabelFont bold;
	private final String libraryName;
	private final List<LabelInput> labels;
	private final List<BarPattern> patterns;

	public BarcodePainter(PDDocument document, String libraryName, List<LabelInput> labels, List<BarPattern> patterns)
			throws IOException {
		this.regular = LabelFont.load(document, LabelFont.CONDENSED);
		this.bold = LabelFont.load(document, LabelFont.CONDENSED_BOLD);
		this.libraryName = libraryName;
		this.labels = labels;
		this.patterns = patterns;
	}

	/** Why barcodes cannot go on the sheet's labels at all (too low for bars and text); empty when they can. */
	public static Optional<String> tooLow(LabelSheet sheet) {
		float inner = (float) sheet.labelHeight() * SheetPdf.POINTS_PER_MM - 2 * PADDING;
		if (inner - textHeight() < LOWEST_BARS) {
			return Optional.of(NLS.bind(Messages.labelTooLow, sheet.name(), mm(sheet.labelHeight())));
		}
		return Optional.empty();
	}

	/** Why the pattern does not fit across the sheet's labels at the narrowest module; empty when it fits. */
	public static Optional<String> tooLong(LabelSheet sheet, BarPattern pattern) {
		float needed = (pattern.moduleCount() + 2 * QUIET_MODULES) * MIN_MODULE_MM;
		float available = (float) sheet.labelWidth() - 2 * PADDING / SheetPdf.POINTS_PER_MM;
		if (needed > available) {
			return Optional.of(NLS.bind(Messages.barcodeTooLong,
					new Object[] { pattern.text(), mm(needed), sheet.name(), mm(available) }));
		}
		return Optional.empty();
	}

	@Override
	public void paint(PDPageContentStream content, SheetPdf.Area area, int index) throws IOException {
		BarPattern pattern = patterns.get(index);
		SheetPdf.Area inner = area.inset(PADDING);
		float barsBottom = inner.y() + textHeight() + GAP;
		List<TopLine> top = topLines(labels.get(index));
		while (!top.isEmpty() && barsTop(inner, top) - barsBottom < COMFORTABLE_BARS) {
			top.remove(top.size() - 1);
		}
		float y = inner.top();
		for (TopLine line : top) {
			y -= CAP * TOP_SIZE;
			centred(content, line.font(), line.font().fitted(line.text(), TOP_SIZE, inner.width()), TOP_SIZE, inner, y);
			y -= (LEADING - CAP) * TOP_SIZE;
		}
		float module = Math.min(MAX_MODULE_MM * SheetPdf.POINTS_PER_MM,
				inner.width() / (pattern.moduleCount() + 2 * QUIET_MODULES));
		bars(content, pattern, inner.x() + (inner.width() - pattern.moduleCount() * module) / 2, barsBottom,
				barsTop(inner, top) - barsBottom, module);
		String text = regular.printable(pattern.text());
		float size = Math.min(TEXT_SIZE, inner.width() / Math.max(1, regular.width(text, 1)));
		centred(content, regular, text, size, inner, inner.y() + DESCENT * TEXT_SIZE);
	}

	/** Every bar a filled rectangle, all filled at once. */
	private static void bars(PDPageContentStream content, BarPattern pattern, float left, float bottom, float height,
			float module) throws IOException {
		float x = left;
		for (int i = 0; i < pattern.elementCount(); i++) {
			float width = pattern.width(i) * module;
			if (BarPattern.isBar(i)) {
				content.addRect(x, bottom, width, height);
			}
			x += width;
		}
		content.fill();
	}

	private List<TopLine> topLines(LabelInput label) {
		List<TopLine> lines = new ArrayList<>();
		if (libraryName != null) {
			lines.add(new TopLine(bold, libraryName));
		}
		if (label.shortTitle() != null) {
			lines.add(new TopLine(regular, label.shortTitle()));
		}
		return lines;
	}

	private static float barsTop(SheetPdf.Area inner, List<TopLine> top) {
		return top.isEmpty() ? inner.top() : inner.top() - top.size() * LEADING * TOP_SIZE - GAP;
	}

	private static float textHeight() {
		return (CAP + DESCENT) * TEXT_SIZE;
	}

	private static void centred(PDPageContentStream content, LabelFont font, String text, float size,
			SheetPdf.Area inner, float baseline) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		content.beginText();
		content.setFont(font.pdf(), size);
		content.newLineAtOffset(inner.x() + (inner.width() - font.width(text, size)) / 2, baseline);
		content.showText(text);
		content.endText();
	}

	private static String mm(double value) {
		return String.format(Locale.ROOT, "%.1f", value); //$NON-NLS-1$
	}

	private record TopLine(LabelFont font, String text) {
	}
}
