package org.techserv.equipment.report.internal;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a width: at spaces, inside a word only when the word alone is too wide. */
public final class TextLines {

	private TextLines() {
	}

	/** The lines of the text in the style: its own line breaks kept, blank text gives no line. */
	public static List<String> wrap(String text, TextStyle style, float width) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return lines;
		}
		for (String paragraph : text.strip().split("\r\n|\r|\n", -1)) { //$NON-NLS-1$
			wrapParagraph(style.font().printable(paragraph).stripTrailing(), style, width, lines);
		}
		return lines;
	}

	private static void wrapParagraph(String paragraph, TextStyle style, float width, List<String> lines) {
		if (paragraph.isEmpty()) {
			lines.add(""); //$NON-NLS-1$
			return;
		}
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" +")) { //$NON-NLS-1$
			String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
			if (fits(candidate, style, width)) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (!fits(rest, style, width)) {
				int cut = longestFittingPrefix(rest, style, width);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
	}

	private static boolean fits(String text, TextStyle style, float width) {
		return style.font().width(text, style.size()) <= width;
	}

	/** At least one character (or surrogate pair), so that every cut makes progress. */
	private static int longestFittingPrefix(String word, TextStyle style, float width) {
		int cut = word.offsetByCodePoints(0, 1);
		while (cut < word.length()) {
			int next = word.offsetByCodePoints(cut, 1);
			if (!fits(word.substring(0, next), style, width)) {
				break;
			}
			cut = next;
		}
		return cut;
	}
}
