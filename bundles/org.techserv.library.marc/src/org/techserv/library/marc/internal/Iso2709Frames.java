package org.techserv.library.marc.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

/**
 * Cuts an ISO 2709 stream into records by the length in each leader, checking that every record ends at a
 * record terminator. When a length is not a number or does not lead to a terminator, the bytes up to the next
 * terminator are given up as one bad record and reading goes on after it, so one damaged record costs only
 * itself.
 */
public final class Iso2709Frames {

	/** A record terminator (IS3). */
	public static final int RECORD_END = 0x1D;
	private static final int MAX_RECORD = 99_999;

	/** One record's bytes, or why they are not one. */
	public record Frame(int number, long offset, byte[] bytes, String problem) {
	}

	private final BufferedInputStream in;
	private long position;
	private int number;

	public Iso2709Frames(InputStream in) {
		this.in = new BufferedInputStream(in, 1 << 16);
	}

	/** The next frame, or null at the end of the stream. */
	public Frame next() throws IOException {
		skipSeparators();
		in.mark(MAX_RECORD + 1);
		byte[] head = in.readNBytes(5);
		if (head.length == 0) {
			return null;
		}
		long start = position;
		number++;
		if (head.length < 5) {
			position += head.length;
			return new Frame(number, start, head, NLS.bind(Messages.truncatedLeader, head.length));
		}
		String lengthText = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
		if (!Iso2709Check.digits(lengthText, 0, 5)) {
			return resync(start, NLS.bind(Messages.lengthNotANumber, printable(lengthText)));
		}
		int length = Integer.parseInt(lengthText);
		if (length < 26) {
			return resync(start, NLS.bind(Messages.lengthTooShort, length));
		}
		byte[] bytes = new byte[length]; // read in place: no second copy of every record
		System.arraycopy(head, 0, bytes, 0, 5);
		int rest = in.readNBytes(bytes, 5, length - 5);
		if (rest < length - 5) {
			position += 5 + rest;
			return new Frame(number, start, Arrays.copyOf(bytes, 5 + rest),
					NLS.bind(Messages.truncated, length, 5 + rest));
		}
		if ((bytes[length - 1] & 0xFF) != RECORD_END) {
			return resync(start, NLS.bind(Messages.noTerminator, length));
		}
		position += length;
		return new Frame(number, start, bytes, null);
	}

	/** Goes back to the record's start and gives up everything to the next record terminator. */
	private Frame resync(long start, String problem) throws IOException {
		in.reset();
		java.io.ByteArrayOutputStream skipped = new java.io.ByteArrayOutputStream();
		int b;
		while ((b = in.read()) >= 0) {
			skipped.write(b);
			if (b == RECORD_END) {
				break;
			}
		}
		position += skipped.size();
		return new Frame(number, start, skipped.toByteArray(), problem);
	}

	/** Line breaks some tools put between records are not records. */
	private void skipSeparators() throws IOException {
		while (true) {
			in.mark(1);
			int b = in.read();
			if (b != '\n' && b != '\r') {
				if (b >= 0) {
					in.reset();
				}
				return;
			}
			position++;
		}
	}

	private static String printable(String text) {
		StringBuilder shown = new StringBuilder();
		for (char c : text.toCharArray()) {
			shown.append(c >= 0x20 && c < 0x7F ? c : '?');
		}
		return shown.toString();
	}
}
