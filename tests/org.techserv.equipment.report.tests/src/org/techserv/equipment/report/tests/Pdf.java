package org.techserv.equipment.report.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.report.ServiceReport;

/** A written report read back as a reader's PDF program would: its pages and its text. */
record Pdf(byte[] bytes, int pages, String text) {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	static Pdf of(ServiceOrder order) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ServiceReport.write(order, JAKARTA, Locale.ENGLISH, out);
		return read(out.toByteArray());
	}

	static Pdf read(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			// a non-breaking space joins a value to its unit on paper; for matching, a space is a space
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true); // lines as the eye reads them, across table cells
			String text = stripper.getText(document).replace('\u00a0', ' ');
			return new Pdf(bytes, document.getNumberOfPages(), text);
		}
	}

	/** The text of one page (1-based). */
	String page(int page) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.setSortByPosition(true);
			return stripper.getText(document).replace('\u00a0', ' ');
		}
	}

	/** The first line of text that contains the fragment, or null. */
	String lineWith(String fragment) {
		return text.lines().filter(line -> line.contains(fragment)).findFirst().orElse(null);
	}
}
