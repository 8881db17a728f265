package org.techserv.library.labels.tests;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.techserv.library.labels.LabelBox;
import org.techserv.library.labels.LabelSheet;

/** A label PDF read back as a PDF reader and a printer see it: pages, the text of each label, drawn shapes, pixels. */
final class LabelPdf implements AutoCloseable {

	static final float POINTS_PER_MM = 72f / 25.4f;

	private final PDDocument document;
	private final LabelSheet sheet;

	LabelPdf(Path file, LabelSheet sheet) throws IOException {
		this.document = Loader.loadPDF(file.toFile());
		this.sheet = sheet;
	}

	int pages() {
		return document.getNumberOfPages();
	}

	String title() {
		return document.getDocumentInformation().getTitle();
	}

	/** All text of the document. */
	String text() throws IOException {
		return new PDFTextStripper().getText(document);
	}

	/** The lines of text inside one label of a page (both 1-based), top to bottom. */
	List<String> labelLines(int page, int position) throws IOException {
		LabelBox box = sheet.box(position);
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		stripper.setSortByPosition(true);
		// the stripper's regions are in points from the page's top-left corner, like the sheet's boxes
		stripper.addRegion("label", new Rectangle2D.Double(box.left() * POINTS_PER_MM, box.top() * POINTS_PER_MM,
				box.width() * POINTS_PER_MM, box.height() * POINTS_PER_MM));
		stripper.extractRegions(document.getPage(page - 1));
		return stripper.getTextForRegion("label").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** A character drawn on a page, in millimetres from the page's top-left corner, and its type size. */
	record Glyph(String text, double left, double baseline, double width, float size) {
	}

	/** Every character drawn on a page. */
	List<Glyph> glyphs(int page) throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj() / POINTS_PER_MM,
						text.getYDirAdj() / POINTS_PER_MM, text.getWidthDirAdj() / POINTS_PER_MM,
						text.getFontSizeInPt()));
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		return glyphs;
	}

	/** For each fill operator of a page's content, how many rectangles ("re") the path it fills had. */
	List<Integer> rectanglesPerFill(int page) throws IOException {
		List<Integer> fills = new ArrayList<>();
		int rectangles = 0;
		for (Object token : new PDFStreamParser(document.getPage(page - 1)).parse()) {
			if (token instanceof Operator operator) {
				switch (operator.getName()) {
				case "re" -> rectangles++;
				case "f", "F", "f*" -> {
					fills.add(rectangles);
					rectangles = 0;
				}
				case "n", "W", "W*" -> rectangles = 0; // a clipping path, not drawn
				default -> {
					// text and state operators draw no rectangles
				}
				}
			}
		}
		return fills;
	}

	/** A page rendered in black and white, as a laser printer would put it on paper. */
	BufferedImage render(int page, float dpi) throws IOException {
		return new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.BINARY);
	}

	@Override
	public void close() throws IOException {
		document.close();
	}
}
