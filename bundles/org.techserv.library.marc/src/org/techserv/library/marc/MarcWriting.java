package org.techserv.library.marc;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcWriter;
import org.marc4j.MarcXmlWriter;
import org.techserv.library.model.BibliographicRecord;

/** Writes records as ISO 2709 (UTF-8, leader/09 a) or MARCXML; the caller closes the stream. */
public final class MarcWriting implements AutoCloseable {

	private final MarcWriter writer;

	public MarcWriting(OutputStream out, MarcFormat format) {
		OutputStream target = new java.io.FilterOutputStream(out) {
			@Override
			public void close() throws java.io.IOException {
				flush(); // the caller owns the stream
			}
		};
		this.writer = format == MarcFormat.MARCXML ? new MarcXmlWriter(target, "UTF-8", true) //$NON-NLS-1$
				: new MarcStreamWriter(target, "UTF-8", true); //$NON-NLS-1$
	}

	public void write(BibliographicRecord record) {
		writer.write(MarcConversion.toMarc(record));
	}

	@Override
	public void close() {
		writer.close();
	}

	/** One record as ISO 2709 bytes (UTF-8), as the store keeps it. */
	public static byte[] iso2709(BibliographicRecord record) {
		byte[] plain = org.techserv.library.marc.internal.Iso2709Encoder.write(record);
		if (plain != null) {
			return plain;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
		MarcStreamWriter writer = new MarcStreamWriter(bytes, "UTF-8", true); //$NON-NLS-1$
		writer.write(MarcConversion.toMarc(record));
		writer.close();
		return bytes.toByteArray();
	}
}
