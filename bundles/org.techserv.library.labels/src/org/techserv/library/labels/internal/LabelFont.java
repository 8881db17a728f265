package org.techserv.library.labels.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.osgi.util.NLS;

/**
 * A font of this bundle's {@code fonts/} folder embedded in one document (only the glyphs used). Measures text
 * and turns it into what the font can draw on one line, so that drawing a catalogue's title never fails.
 */
public final class LabelFont {

	public static final String CONDENSED = "/fonts/DejaVuSansCondensed.ttf"; //$NON-NLS-1$
	public static final String CONDENSED_BOLD = "/fonts/DejaVuSansCondensed-Bold.ttf"; //$NON-NLS-1$

	private final PDFont font;
	private final Map<Integer, Boolean> drawable = new HashMap<>();

	private LabelFont(PDFont font) {
		this.font = font;
	}

	public static LabelFont load(PDDocument document, String resource) throws IOException {
		try (InputStream in = LabelFont.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException(NLS.bind(Messages.fontMissing, resource));
			}
			return new LabelFont(PDType0Font.load(document, in, true));
		}
	}

	public PDFont pdf() {
		return font;
	}

	/** Width in points of printable text at the size. */
	public float width(String text, float size) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Height above the baseline of capitals, as a share of the font size. */
	public float capHeight() {
		return font.getFontDescriptor().getCapHeight() / 1000f;
	}

	/** The text on one line: whitespace becomes a space, control characters go, a glyph the font lacks is "?". */
	public String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isWhitespace(c)) {
				out.append(' ');
			} else if (!Character.isISOControl(c)) {
				out.appendCodePoint(canDraw(c) ? c : '?');
			}
		});
		return out.toString();
	}

	/** The text cut at the end, with an ellipsis, so that it is at most width points wide at the size. */
	public String fitted(String text, float size, float width) {
		String line = printable(text);
		if (width(line, size) <= width) {
			return line;
		}
		String ellipsis = "\u2026"; //$NON-NLS-1$
		int end = line.length();
		while (end > 0 && width(line.substring(0, end).stripTrailing() + ellipsis, size) > width) {
			end = line.offsetByCodePoints(end, -1);
		}
		return end == 0 ? "" : line.substring(0, end).stripTrailing() + ellipsis; //$NON-NLS-1$
	}

	private boolean canDraw(int codePoint) {
		return drawable.computeIfAbsent(codePoint, LabelFont.this::canEncode);
	}

	private boolean canEncode(int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}
}
