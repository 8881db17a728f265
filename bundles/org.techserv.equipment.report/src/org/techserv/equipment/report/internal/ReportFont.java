package org.techserv.equipment.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font shipped in this bundle's {@code fonts/} folder, embedded as a subset of the glyphs a document uses.
 * Measures text and replaces characters the font has no glyph for, so that drawing never fails.
 */
public final class ReportFont {

	/** DejaVu Sans: Latin, Greek ("Ω", "µ") and the mathematical signs ("≥", "≤") of limits. */
	public static final String REGULAR = "/fonts/DejaVuSans.ttf"; //$NON-NLS-1$
	public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf"; //$NON-NLS-1$

	private static final int REPLACEMENT = '?';

	private final PDFont font;
	private final Map<Integer, Boolean> drawable = new HashMap<>();

	private ReportFont(PDFont font) {
		this.font = font;
	}

	/** Loads one of {@link #REGULAR}, {@link #BOLD} into the document. */
	public static ReportFont load(PDDocument document, String resource) throws IOException {
		try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Font missing from the bundle: " + resource); //$NON-NLS-1$
			}
			return new ReportFont(PDType0Font.load(document, in, true));
		}
	}

	PDFont pdf() {
		return font;
	}

	/** Width in points of text (already {@link #printable}) at the size. */
	public float width(String text, float size) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The text as this font can draw it on one line: tabs become spaces, other control characters go, a
	 * character without a glyph becomes "?".
	 */
	public String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == '\t') {
				out.append(' ');
			} else if (Character.isISOControl(c)) {
				// drop: line breaks are handled by the caller, the rest has no meaning on paper
			} else if (canDraw(c)) {
				out.appendCodePoint(c);
			} else {
				out.appendCodePoint(REPLACEMENT);
			}
		});
		return out.toString();
	}

	private boolean canDraw(int codePoint) {
		return drawable.computeIfAbsent(codePoint, c -> {
			try {
				font.encode(new String(Character.toChars(c)));
				return true;
			} catch (IllegalArgumentException | IOException e) {
				return false;
			}
		});
	}
}
