package org.techserv.library.marc;

/** The exchange formats of MARC 21 records the workbench reads and writes. */
public enum MarcFormat {
	/** ISO 2709 transmission format (MARC-8 or UTF-8, as leader/09 says). */
	ISO2709,
	/** MARCXML (the Library of Congress slim schema), UTF-8. */
	MARCXML;

	/** The format of a file by its first bytes: XML starts with '<' (after any BOM or blanks). */
	public static MarcFormat sniff(byte[] head, int length) {
		for (int i = 0; i < length; i++) {
			int b = head[i] & 0xFF;
			if (b == '<') {
				return MARCXML;
			}
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
				return ISO2709;
			}
		}
		return ISO2709;
	}
}
