package org.techserv.equipment.report.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Content lines of an iCalendar stream (RFC 5545 section 3.1): UTF-8, CRLF, folded so that no line is longer
 * than 75 octets (a continuation starts with a space and never splits a character), TEXT values escaped.
 */
public final class ICalendarWriter {

	static final int MAX_OCTETS = 75;
	private static final byte[] CRLF = { '\r', '\n' };
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final OutputStream out;

	/** Writes to out, which {@link #flush()} flushes and nothing closes. */
	public ICalendarWriter(OutputStream out) {
		this.out = new BufferedOutputStream(out);
	}

	/** A date-time in UTC form, "20260312T013000Z", to the second. */
	public static String utc(Instant at) {
		return UTC.format(at.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Backslash, semicolon and comma escaped, line breaks as \n; other control characters dropped. */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$
		normalised.codePoints().forEach(c -> {
			switch (c) {
			case '\\' -> escaped.append("\\\\"); //$NON-NLS-1$
			case ';' -> escaped.append("\\;"); //$NON-NLS-1$
			case ',' -> escaped.append("\\,"); //$NON-NLS-1$
			case '\n' -> escaped.append("\\n"); //$NON-NLS-1$
			default -> {
				if (c == '\t' || !Character.isISOControl(c)) {
					escaped.appendCodePoint(c);
				}
			}
			}
		});
		return escaped.toString();
	}

	/** A property whose value is written as it is (names, dates, fixed values). */
	public void property(String name, String value) throws IOException {
		line(name + ':' + value);
	}

	/** A property of type TEXT. */
	public void text(String name, String value) throws IOException {
		property(name, escape(value));
	}

	public void flush() throws IOException {
		out.flush();
	}

	private void line(String line) throws IOException {
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			byte[] bytes = line.substring(i, next).getBytes(StandardCharsets.UTF_8);
			if (octets + bytes.length > MAX_OCTETS) {
				out.write(CRLF);
				out.write(' ');
				octets = 1;
			}
			out.write(bytes);
			octets += bytes.length;
			i = next;
		}
		out.write(CRLF);
	}
}
