package org.techserv.library.serials.internal;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.osgi.util.NLS;

/** What the serials bundle's PDFs share: its fonts, embedded as subsets, and text every font can print. */
public final class PdfTexts {

	public static final String REGULAR = "/fonts/DejaVuSansCondensed.ttf"; //$NON-NLS-1$
	public static final String BOLD = "/fonts/DejaVuSansCondensed-Bold.ttf"; //$NON-NLS-1$

	private PdfTexts() {
	}

	public static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = PdfTexts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException(NLS.bind(Messages.fontMissing, resource));
			}
			return PDType0Font.load(document, in, true);
		}
	}

	/** Control characters become spaces and glyphs the font lacks become "?", so no title stops a document. */
	public static String printable(PDFont font, String words) {
		StringBuilder out = new StringBuilder();
		(words == null ? "" : words).codePoints().forEach(cp -> { //$NON-NLS-1$
			String one = Character.isISOControl(cp) || Character.isWhitespace(cp) ? " " : Character.toString(cp); //$NON-NLS-1$
			try {
				font.encode(one);
				out.append(one);
			} catch (IOException | IllegalArgumentException e) {
				out.append('?');
			}
		});
		return out.toString();
	}
}
