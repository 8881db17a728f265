package org.techserv.library.serials.binding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.internal.BindingMessages;
import org.techserv.library.serials.internal.PdfTexts;

/**
 * Binding slips as one PDF, a slip per volume (A5, the bindery ties it to the volume): bindery, batch, title,
 * volume, colour, cover, the spine lettering line by line, call number, due date and the contents. Written beside
 * the target and moved into place, so a failure leaves an earlier file untouched.
 */
public final class BindingSlips {

	private static final float MARGIN = 40;
	private static final float SIZE = 10;
	private static final float LEADING = 14;
	private static final float VALUES = 130;

	private BindingSlips() {
	}

	public static void write(BindingBatch batch, List<BindingVolume> volumes, Path pdf) throws IOException {
		Path partial = pdf.resolveSibling(pdf.getFileName() + ".part"); //$NON-NLS-1$
		try (PDDocument document = new PDDocument()) {
			PDFont regular = PdfTexts.font(document, PdfTexts.REGULAR);
			PDFont bold = PdfTexts.font(document, PdfTexts.BOLD);
			for (BindingVolume volume : volumes) {
				PDPage page = new PDPage(PDRectangle.A5);
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					new Slip(text, regular, bold, page.getMediaBox().getHeight() - MARGIN).write(batch, volume);
				}
			}
			document.save(partial.toFile());
		}
		Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING);
	}

	/** One volume's slip, top to bottom. */
	private static final class Slip {
		private final PDPageContentStream text;
		private final PDFont regular;
		private final PDFont bold;
		private float y;

		Slip(PDPageContentStream text, PDFont regular, PDFont bold, float top) {
			this.text = text;
			this.regular = regular;
			this.bold = bold;
			this.y = top;
		}

		void write(BindingBatch batch, BindingVolume volume) throws IOException {
			draw(bold, 14, MARGIN, BindingMessages.slipTitle);
			y -= 2 * LEADING;
			VolumeSpec spec = volume.spec();
			field(BindingMessages.slipBindery, batch.bindery());
			field(BindingMessages.slipBatch, String.valueOf(batch.id()));
			if (batch.dueBack() != null) {
				field(BindingMessages.slipDueBack, batch.dueBack().toString());
			}
			field(BindingMessages.slipTitleOf, volume.title());
			field(BindingMessages.slipVolume, spec.label());
			field(BindingMessages.slipColour, spec.colour());
			field(BindingMessages.slipCover, spec.cover());
			field(BindingMessages.slipCallNumber, spec.callNumber() == null ? "" : spec.callNumber()); //$NON-NLS-1$
			y -= LEADING / 2;
			draw(bold, SIZE, MARGIN, BindingMessages.slipSpine);
			for (String line : spec.spine()) {
				draw(regular, SIZE, VALUES, line);
				y -= LEADING;
			}
			if (spec.spine().isEmpty()) {
				y -= LEADING;
			}
			y -= LEADING / 2;
			draw(bold, SIZE, MARGIN, NLS.bind(BindingMessages.slipPieces, volume.pieces().size()));
			for (Piece piece : volume.pieces()) {
				if (y < MARGIN) {
					break; // a slip is one page; the bindery counts the pieces
				}
				draw(regular, SIZE, VALUES, piece.label());
				y -= LEADING;
			}
		}

		private void field(String name, String value) throws IOException {
			draw(bold, SIZE, MARGIN, name);
			draw(regular, SIZE, VALUES, value);
			y -= LEADING;
		}

		private void draw(PDFont font, float size, float x, String words) throws IOException {
			text.beginText();
			text.setFont(font, size);
			text.newLineAtOffset(x, y);
			text.showText(PdfTexts.printable(font, words));
			text.endText();
		}
	}
}
