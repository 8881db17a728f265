package org.techserv.library.labels.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws spine labels: the lines left-aligned as one block, the block centred across the label and set from the
 * top, in the largest size up to {@link #MAX_SIZE} at which every line fits. A call number too long even at
 * {@link #MIN_SIZE} is clipped at the label's edge rather than printed onto the next label.
 */
public final class SpinePainter implements SheetPdf.Painter {

	public static final float MAX_SIZE = 12;
	public static final float MIN_SIZE = 5;
	private static final float PADDING = 1.5f * SheetPdf.POINTS_PER_MM;
	private static final float LEADING = 1.15f;
	private static final float DESCENT = 0.24f;

	private final LabelFont font;
	private final List<List<String>> labels;

	public SpinePainter(PDDocument document, List<List<String>> labels) throws IOException {
		this.font = LabelFont.load(document, LabelFont.CONDENSED_BOLD);
		this.labels = labels;
	}

	@Override
	public void paint(PDPageContentStream content, SheetPdf.Area area, int index) throws IOException {
		List<String> lines = labels.get(index).stream().map(font::printable).toList();
		SheetPdf.Area inner = area.inset(PADDING);
		float size = size(lines, inner);
		float widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, font.width(line, size));
		}
		float left = inner.x() + Math.max(0, (inner.width() - widest) / 2);
		float baseline = inner.top() - font.capHeight() * size;
		content.saveGraphicsState();
		content.addRect(area.x(), area.y(), area.width(), area.height());
		content.clip();
		content.beginText();
		content.setFont(font.pdf(), size);
		content.newLineAtOffset(left, baseline);
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				content.newLineAtOffset(0, -LEADING * size);
			}
			content.showText(lines.get(i));
		}
		content.endText();
		content.restoreGraphicsState();
	}

	/** The largest size at which the lines fit the area across and down, within the limits. */
	float size(List<String> lines, SheetPdf.Area inner) {
		float down = inner.height() / (font.capHeight() + (lines.size() - 1) * LEADING + DESCENT);
		float across = MAX_SIZE;
		for (String line : lines) {
			float width = font.width(line, 1);
			if (width > 0) {
				across = Math.min(across, inner.width() / width);
			}
		}
		return Math.max(MIN_SIZE, Math.min(MAX_SIZE, Math.min(down, across)));
	}
}
