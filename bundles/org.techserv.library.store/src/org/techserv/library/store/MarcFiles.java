package org.techserv.library.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.techserv.library.marc.MarcFormat;

/** MARC files as cataloguers get them: plain or gzipped, ISO 2709 or MARCXML, told apart by their first bytes. */
public final class MarcFiles {

	private static final int BUFFER = 1 << 16;

	private MarcFiles() {
	}

	/** The file's records as a stream that supports mark/reset, unpacked when it is gzipped. */
	public static InputStream open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
		in.mark(2);
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		if (b1 == 0x1F && b2 == 0x8B) {
			in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
		}
		return in;
	}

	/** The format of a stream from {@link #open(Path)}, from its first bytes; the stream is left where it was. */
	public static MarcFormat format(InputStream in) throws IOException {
		in.mark(64);
		byte[] head = in.readNBytes(64);
		in.reset();
		return MarcFormat.sniff(head, head.length);
	}
}
