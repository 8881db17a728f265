package org.techserv.library.marc.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.techserv.library.marc.MarcFormat;
import org.techserv.library.marc.MarcReading;
import org.techserv.library.marc.ReadResult;

/**
 * MARC records nobody on this project wrote: the examples of Debian's idzebra-2.0 (installed by .ci/run).
 */
final class RealFiles {

	static final Path EXAMPLES = Path.of("/usr/share/doc/idzebra-2.0/examples");
	/** 24 Library of Congress and other records, MARC-8, with 3 stray bytes at the end. */
	static final Path SAMPLE_MARC = EXAMPLES.resolve("marc21/sample-marc.gz");
	/** 43 records of books and music recordings, MARCXML, UTF-8. */
	static final Path OPERA_XML = EXAMPLES.resolve("marcxml/collection-opera-43.xml.gz");

	private RealFiles() {
	}

	static byte[] bytes(Path gz) throws IOException {
		if (!Files.isRegularFile(gz)) {
			throw new IllegalStateException(gz + " is missing: install the Debian package idzebra-2.0 (see .ci/run)");
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
			return in.readAllBytes();
		}
	}

	static List<ReadResult> read(byte[] file, MarcFormat format) throws IOException {
		List<ReadResult> results = new ArrayList<>();
		MarcReading.read(new java.io.ByteArrayInputStream(file), format, results::add);
		return results;
	}

	static List<ReadResult> read0(byte[] file) {
		try {
			return read(file, MarcFormat.ISO2709);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<ReadResult.Good> good(List<ReadResult> results) {
		return results.stream().filter(ReadResult.Good.class::isInstance).map(ReadResult.Good.class::cast).toList();
	}

	static List<ReadResult.Bad> bad(List<ReadResult> results) {
		return results.stream().filter(ReadResult.Bad.class::isInstance).map(ReadResult.Bad.class::cast).toList();
	}
}
