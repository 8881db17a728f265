package org.techserv.equipment.report.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes top to bottom onto A4 pages and starts a new page when the next piece does not fit. Knows the
 * report's styles; tables ({@link Table}) and paragraphs flow through it.
 */
public final class PageFlow {

	private static final PDRectangle PAGE = PDRectangle.A4;
	private static final float MARGIN = 42f;
	private static final float FOOTER = 24f;

	private final PDDocument document;
	private final TextStyle body;
	private final TextStyle strong;
	private PDPageContentStream content;
	private float y;
	private float contentTop;
	private Runnable pageStarted = () -> {
	};

	private PageFlow(PDDocument document, ReportFont regular, ReportFont bold) {
		this.document = document;
		this.body = new TextStyle(regular, 9f);
		this.strong = new TextStyle(bold, 9f);
	}

	/** A flow on a first, empty page of the document, with the bundle's fonts embedded. */
	public static PageFlow start(PDDocument document) throws IOException {
		PageFlow flow = new PageFlow(document, ReportFont.load(document, ReportFont.REGULAR),
				ReportFont.load(document, ReportFont.BOLD));
		flow.newPage();
		return flow;
	}

	public TextStyle body() {
		return body;
	}

	public TextStyle strong() {
		return strong;
	}

	public float left() {
		return MARGIN;
	}

	public float width() {
		return PAGE.getWidth() - 2 * MARGIN;
	}

	/** The top of the space still free on this page. */
	public float y() {
		return y;
	}

	/** Height left on this page above the footer. */
	public float remaining() {
		return y - MARGIN - FOOTER;
	}

	/** The height a whole page offers below its top margin and above the footer. */
	public float pageHeight() {
		return top() - MARGIN - FOOTER;
	}

	/** Nothing has been written on this page yet (a page header may have been). */
	public boolean atTop() {
		return y >= contentTop;
	}

	private float top() {
		return PAGE.getHeight() - MARGIN;
	}

	/**
	 * What to write at the top of every following page until the next call (a table repeats its header), or
	 * null for nothing.
	 */
	public void onNewPage(Runnable header) {
		pageStarted = header == null ? () -> {
		} : header;
	}

	public void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = top();
		pageStarted.run();
		contentTop = y;
	}

	/** Starts a new page unless the height fits on this one (or this page is still empty). */
	public void ensure(float height) throws IOException {
		if (height > remaining() && !atTop()) {
			newPage();
		}
	}

	public void down(float height) {
		y -= height;
	}

	/** Vertical space that does not carry over to a new page. */
	public void gap(float height) {
		if (!atTop()) {
			y = Math.max(y - height, MARGIN + FOOTER);
		}
	}

	/** One line of text, already printable, with its top at the current position and its left at x. */
	public void line(String text, float x, float top, TextStyle style) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		content.beginText();
		content.setFont(style.font().pdf(), style.size());
		content.setNonStrokingColor(style.red(), style.green(), style.blue());
		content.newLineAtOffset(x, top - style.size());
		content.showText(text);
		content.endText();
	}

	public void rule(float x, float width, float at, float thickness, float grey) throws IOException {
		content.setStrokingColor(grey, grey, grey);
		content.setLineWidth(thickness);
		content.moveTo(x, at);
		content.lineTo(x + width, at);
		content.stroke();
	}

	public void shade(float x, float top, float width, float height, float grey) throws IOException {
		content.setNonStrokingColor(grey, grey, grey);
		content.addRect(x, top - height, width, height);
		content.fill();
	}

	/** Wrapped text across the full width, line by line onto as many pages as it takes. */
	public void paragraph(String text, TextStyle style) throws IOException {
		List<String> lines = TextLines.wrap(text, style, width());
		for (String line : lines) {
			ensure(style.leading());
			line(line, left(), y, style);
			down(style.leading());
		}
	}

	/** A section heading, kept on the page of the lines that follow it. */
	public void heading(String text) throws IOException {
		TextStyle style = new TextStyle(strong.font(), 12f);
		gap(8f);
		ensure(style.leading() + 4f + 4 * body.leading());
		line(style.font().printable(text), left(), y, style);
		down(style.leading());
		rule(left(), width(), y + 2f, 0.6f, 0.55f);
		down(4f);
	}

	/**
	 * Closes the last page and writes a footer line on every page, from (page number, page count); a
	 * new page must not be started after this.
	 */
	public void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
		content.close();
		content = null;
		int pages = document.getNumberOfPages();
		TextStyle style = new TextStyle(body.font(), 7.5f, 0.35f, 0.35f, 0.35f);
		for (int i = 0; i < pages; i++) {
			try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String text = style.font().printable(footer.apply(i + 1, pages));
				stream.beginText();
				stream.setFont(style.font().pdf(), style.size());
				stream.setNonStrokingColor(style.red(), style.green(), style.blue());
				stream.newLineAtOffset(left() + width() - style.font().width(text, style.size()), MARGIN);
				stream.showText(text);
				stream.endText();
			}
		}
	}
}
