package org.techserv.equipment.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.ServiceOrder;
import org.techserv.equipment.report.internal.DiagnosticsSection;
import org.techserv.equipment.report.internal.Formats;
import org.techserv.equipment.report.internal.Messages;
import org.techserv.equipment.report.internal.OrderSection;
import org.techserv.equipment.report.internal.PageFlow;
import org.techserv.equipment.report.internal.RepairSection;
import org.techserv.equipment.report.internal.SignOffSection;
import org.techserv.equipment.report.internal.TrainingSection;
import org.techserv.equipment.report.internal.VisitsSection;

/**
 * The service report of one order as a PDF for the customer: the order and its equipment, visits, reported
 * problem, diagnostic runs with PASS/FAIL per step and per run, parts and labour, training and the
 * customer's sign-off. A4, as many pages as it takes, page numbers in the footer. The fonts travel inside
 * the bundle and are embedded as subsets, so the PDF looks the same everywhere and stays small.
 */
public final class ServiceReport {

	private ServiceReport() {
	}

	/**
	 * Writes the report of the order to out, which stays open.
	 *
	 * @param zone   the time zone visit times and signatures are shown in (the site's, usually)
	 * @param locale how dates and numbers are written; the texts are in the workbench's language
	 */
	public static void write(ServiceOrder order, ZoneId zone, Locale locale, OutputStream out) throws IOException {
		Objects.requireNonNull(order, "order"); //$NON-NLS-1$
		Objects.requireNonNull(out, "out"); //$NON-NLS-1$
		Formats formats = new Formats(locale == null ? Locale.getDefault() : locale,
				zone == null ? ZoneId.systemDefault() : zone);
		String number = Formats.orNone(order.getNumber());
		try (PDDocument document = new PDDocument()) {
			describe(document, order);
			PageFlow flow = PageFlow.start(document);
			OrderSection.write(flow, order, formats);
			VisitsSection.write(flow, order, formats);
			DiagnosticsSection.write(flow, order, formats);
			RepairSection.write(flow, order, formats);
			TrainingSection.write(flow, order, formats);
			SignOffSection.write(flow, order, formats);
			flow.finish((page, pages) -> NLS.bind(Messages.footer,
					new Object[] { number, formats.integer(page), formats.integer(pages) }));
			document.save(new KeepOpen(out));
		}
		out.flush();
	}

	private static void describe(PDDocument document, ServiceOrder order) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(NLS.bind(Messages.documentTitle, Formats.orNone(order.getNumber())));
		info.setSubject(order.getTitle());
		info.setCreator("Techserv Workbench"); //$NON-NLS-1$
	}

	/** PDFBox closes the stream it saves to; the caller's stream is the caller's to close. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
