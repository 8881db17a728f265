package org.techserv.library.sru.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises an HTML page where an SRU answer belongs (a wrong address, a proxy's or portal's error page). */
public final class WebPages {

	private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
	private static final Pattern TAGS = Pattern.compile("<[^>]*>"); //$NON-NLS-1$
	private static final int HEAD = 64 * 1024;

	private WebPages() {
	}

	/** Whether the answer is a web page: said so by its type, or starting like one. */
	public static boolean isWebPage(String contentType, byte[] body) {
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) { //$NON-NLS-1$
			return true;
		}
		String start = head(body, 512).stripLeading().toLowerCase(Locale.ROOT);
		return start.startsWith("<!doctype html") || start.startsWith("<html"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * What the page says it is: its title, else its first line of text without tags; empty when there is
	 * nothing to show. At most 200 characters.
	 */
	public static String describe(byte[] body) {
		String head = head(body, HEAD);
		Matcher title = TITLE.matcher(head);
		String text = title.find() ? title.group(1) : TAGS.matcher(head).replaceAll(" "); //$NON-NLS-1$
		text = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return text.length() > 200 ? text.substring(0, 200) + '…' : text;
	}

	private static String head(byte[] body, int length) {
		return body == null ? "" : new String(body, 0, Math.min(body.length, length), StandardCharsets.UTF_8); //$NON-NLS-1$
	}
}
