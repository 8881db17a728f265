package org.techserv.library.serials.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.internal.Messages;
import org.techserv.library.serials.internal.PdfTexts;

/**
 * Claim letters as one PDF: a letter per vendor (continued on further pages when long) listing the claimed
 * issues with title, issue, expected date and which claim it is. Written beside the target and moved into place,
 * so a failure leaves any earlier file untouched.
 */
public final class ClaimLetters {

	private static final float MARGIN = 56;
	private static final float SIZE = 10;
	private static final float LEADING = 14;
	private static final float[] COLUMNS = { 0, 250, 390, 460 };

	private ClaimLetters() {
	}

	public static void write(Map<String, List<SerialIssue>> claimedByVendor, LocalDate date, Path pdf) throws IOException {
		Path partial = pdf.resolveSibling(pdf.getFileName() + ".part"); //$NON-NLS-1$
		try (PDDocument document = new PDDocument()) {
			PDFont regular = PdfTexts.font(document, PdfTexts.REGULAR);
			PDFont bold = PdfTexts.font(document, PdfTexts.BOLD);
			for (Map.Entry<String, List<SerialIssue>> letter : claimedByVendor.entrySet()) {
				new Letter(document, regular, bold).write(letter.getKey(), letter.getValue(), date);
			}
			document.save(partial.toFile());
		}
		Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING);
	}

	/** One vendor's letter, page by page. */
	private static final class Letter {
		private final PDDocument document;
		private final PDFont regular;
		private final PDFont bold;
		private PDPageContentStream text;
		private float y;
		private int page;

		Letter(PDDocument document, PDFont regular, PDFont bold) {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
		}

		void write(String vendor, List<SerialIssue> issues, LocalDate date) throws IOException {
			newPage();
			line(bold, 14, MARGIN, Messages.claimTitle);
			y -= LEADING;
			for (String words : wrap(NLS.bind(Messages.claimIntro, vendor), PDRectangle.A4.getWidth() - 2 * MARGIN)) {
				line(regular, SIZE, MARGIN, words);
			}
			y -= LEADING;
			row(bold, Messages.claimColumns.split("\\|")); //$NON-NLS-1$
			for (SerialIssue issue : issues) {
				if (y < MARGIN + 2 * LEADING) {
					newPage();
					row(bold, Messages.claimColumns.split("\\|")); //$NON-NLS-1$
				}
				row(regular, String.valueOf(issue.title()), issue.label(), String.valueOf(issue.expected()),
						String.valueOf(issue.claimCount()));
			}
			y -= LEADING;
			line(regular, SIZE, MARGIN, NLS.bind(Messages.claimClosing, date));
			text.close();
		}

		private void newPage() throws IOException {
			if (text != null) {
				text.close();
			}
			PDPage next = new PDPage(PDRectangle.A4);
			document.addPage(next);
			page++;
			text = new PDPageContentStream(document, next);
			y = PDRectangle.A4.getHeight() - MARGIN;
			if (page > 1) {
				line(regular, 8, MARGIN, NLS.bind(Messages.claimPage, page));
			}
		}

		private void row(PDFont font, String... cells) throws IOException {
			for (int i = 0; i < cells.length && i < COLUMNS.length; i++) {
				float width = (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : PDRectangle.A4.getWidth() - 2 * MARGIN) - COLUMNS[i] - 6;
				draw(font, SIZE, MARGIN + COLUMNS[i], fit(font, cells[i].strip(), width));
			}
			y -= LEADING;
		}

		private void line(PDFont font, float size, float x, String words) throws IOException {
			draw(font, size, x, PdfTexts.printable(font, words));
			y -= size + 4;
		}

		private void draw(PDFont font, float size, float x, String words) throws IOException {
			text.beginText();
			text.setFont(font, size);
			text.newLineAtOffset(x, y);
			text.showText(words);
			text.endText();
		}

		private List<String> wrap(String words, float width) throws IOException {
			List<String> lines = new java.util.ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : PdfTexts.printable(regular, words).split(" ")) { //$NON-NLS-1$
				String tried = current.isEmpty() ? word : current + " " + word; //$NON-NLS-1$
				if (!current.isEmpty() && regular.getStringWidth(tried) / 1000 * SIZE > width) {
					lines.add(current.toString());
					current = new StringBuilder(word);
				} else {
					current = new StringBuilder(tried);
				}
			}
			lines.add(current.toString());
			return lines;
		}

		/** Cut with an ellipsis to the width: long titles must not run into the next column. */
		private String fit(PDFont font, String words, float width) throws IOException {
			String shown = PdfTexts.printable(font, words);
			if (font.getStringWidth(shown) / 1000 * SIZE <= width) {
				return shown;
			}
			while (!shown.isEmpty() && font.getStringWidth(shown + "\u2026") / 1000 * SIZE > width) { //$NON-NLS-1$
				shown = shown.substring(0, shown.length() - 1);
			}
			return shown + "\u2026"; //$NON-NLS-1$
		}
	}
}
