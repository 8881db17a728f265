package org.techserv.library.sru.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** A real record with one field damaged, for the server to send among good ones. */
final class DamagedRecord {

	private DamagedRecord() {
	}

	/**
	 * Sandburg's "Arithmetic" (idzebra's example) with its first 650 tagged "65O", not a MARC 21 tag, and another
	 * control number (Zebra keeps one record per 001).
	 */
	static String sandburgWithBadTag() throws IOException {
		String collection = Files.readString(ZebraServer.EXAMPLES.resolve("collection-sandburg-1.xml"),
				StandardCharsets.UTF_8);
		if (!collection.contains("tag=\"650\"")) {
			throw new IllegalStateException("The Sandburg example record has no 650 field any more.");
		}
		return collection.replaceFirst("tag=\"650\"", "tag=\"65O\"").replaceFirst(
				"<controlfield tag=\"001\">[^<]*</controlfield>", "<controlfield tag=\"001\">damaged-copy</controlfield>");
	}
}
