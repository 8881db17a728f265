package org.techserv.library.labels;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.internal.Messages;

/**
 * A call number broken into the lines of a spine label, the way libraries print them: an LC number as class
 * letters / class number / each cutter / date / volume ({@code QA76.73.J38 S65 2019} → {@code QA}, {@code 76.73},
 * {@code .J38}, {@code S65}, {@code 2019}); a Dewey number as prefix / class / author mark / year / volume
 * ({@code REF 641.5973 SMI} → {@code REF}, {@code 641.5973}, {@code SMI}); anything else at its spaces.
 * <p>
 * No character is lost or added: the lines joined, without spaces, are the call number without spaces. A
 * caption and its number stay together ({@code no. 500-8}, {@code v. 2}).
 *
 * @param scheme the scheme the call number was recognised as
 * @param lines  the lines, top to bottom, none empty
 */
public record CallNumberLines(CallNumberScheme scheme, List<String> lines) {

	/**
	 * LC: one to three class letters (never I, O, W, X, Y first) written together with the class number (as 050
	 * has them; "J 599.75" is a Dewey number with a juvenile prefix), then a cutter, a space or the end.
	 */
	private static final Pattern LC = Pattern
			.compile("([A-HJ-NP-VZ][A-Z]{0,2})(\\d{1,4}(?:\\.\\d+)?)((?:\\.?[A-Z]|\\s).*)?"); //$NON-NLS-1$
	/**
	 * Dewey: up to three short prefix words ("REF", "J", "FIC", "Ref."), three digits, decimals (segmentation marks
	 * / and ' allowed), then a space or the end.
	 */
	private static final Pattern DDC = Pattern
			.compile("((?:[A-Z][A-Za-z]{0,4}\\.?\\s){0,3})(\\d{3}(?:[/']?\\.[\\d/']*\\d)?)(\\s.*)?"); //$NON-NLS-1$
	/** A cutter inside a token: a period and a capital (".J38"), or a capital right after a digit ("J38S65"). */
	private static final Pattern CUTTER_START = Pattern.compile("(?<=.)(?=\\.[A-Z])|(?<=\\d)(?=[A-Z])"); //$NON-NLS-1$
	/** A caption that belongs with the number after it: "v.", "no.", "vol.", "pt.", "c.", "suppl.". */
	private static final Pattern CAPTION = Pattern.compile("[a-z]{1,6}\\."); //$NON-NLS-1$

	public CallNumberLines {
		lines = List.copyOf(lines);
	}

	/** The call number's lines, each as long as its part is. */
	public static CallNumberLines split(String callNumber) {
		return split(callNumber, 0);
	}

	/**
	 * The call number's lines, none longer than maxLineLength characters: a long Dewey number breaks after as
	 * many digits as fit ({@code 641.5973} at 6 → {@code 641.59}, {@code 73}), a long LC class number before its
	 * decimal point ({@code 5105.875} at 6 → {@code 5105}, {@code .875}), anything else where the width ends.
	 *
	 * @param maxLineLength the most characters a line may have; 0 for no limit
	 * @throws IllegalArgumentException when the call number is blank or the width is negative
	 */
	public static CallNumberLines split(String callNumber, int maxLineLength) {
		if (maxLineLength < 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.negativeLineLength, maxLineLength));
		}
		String text = normalized(callNumber);
		if (text.isEmpty()) {
			throw new IllegalArgumentException(Messages.callNumberBlank);
		}
		int width = maxLineLength == 0 ? Integer.MAX_VALUE : maxLineLength;
		Matcher lc = LC.matcher(text);
		if (lc.matches()) {
			List<String> lines = new ArrayList<>();
			lines.add(lc.group(1));
			addClassNumber(lines, lc.group(2), width);
			addParts(lines, lc.group(3), true);
			return new CallNumberLines(CallNumberScheme.LC, fitted(lines, width));
		}
		Matcher ddc = DDC.matcher(text);
		if (ddc.matches()) {
			List<String> lines = new ArrayList<>();
			addParts(lines, ddc.group(1), false);
			lines.addAll(chunks(ddc.group(2), width));
			addParts(lines, ddc.group(3), false);
			return new CallNumberLines(CallNumberScheme.DDC, fitted(lines, width));
		}
		List<String> lines = new ArrayList<>();
		addParts(lines, text, false);
		return new CallNumberLines(CallNumberScheme.OTHER, fitted(lines, width));
	}

	/** The scheme a call number is written in. */
	public static CallNumberScheme schemeOf(String callNumber) {
		String text = normalized(callNumber);
		if (LC.matcher(text).matches()) {
			return CallNumberScheme.LC;
		}
		return DDC.matcher(text).matches() ? CallNumberScheme.DDC : CallNumberScheme.OTHER;
	}

	/** Composed accents, one space between parts, none at the ends. */
	private static String normalized(String callNumber) {
		if (callNumber == null) {
			return ""; //$NON-NLS-1$
		}
		return Normalizer.normalize(callNumber, Normalizer.Form.NFC).strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** LC practice: a class number too wide for the label breaks before its decimal point. */
	private static void addClassNumber(List<String> lines, String number, int width) {
		int point = number.indexOf('.');
		if (number.length() > width && point > 0) {
			lines.add(number.substring(0, point));
			lines.add(number.substring(point));
		} else {
			lines.add(number);
		}
	}

	/** Space-separated parts, each on its line; with cutters, each cutter on its own line too. */
	private static void addParts(List<String> lines, String text, boolean cutters) {
		if (text == null || text.isBlank()) {
			return;
		}
		List<String> parts = new ArrayList<>();
		for (String token : text.strip().split(" ")) { //$NON-NLS-1$
			if (cutters) {
				parts.addAll(List.of(CUTTER_START.split(token)));
			} else {
				parts.add(token);
			}
		}
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			if (CAPTION.matcher(part).matches() && i + 1 < parts.size()
					&& Character.isDigit(parts.get(i + 1).charAt(0))) {
				part = part + ' ' + parts.get(++i);
			}
			lines.add(part);
		}
	}

	/** Each line no wider than the width; a line is only broken where it has to be. */
	private static List<String> fitted(List<String> lines, int width) {
		List<String> fitted = new ArrayList<>();
		for (String line : lines) {
			fitted.addAll(chunks(line, width));
		}
		return fitted;
	}

	/**
	 * The text in pieces of at most width characters; a piece never ends in a period or a space (they start
	 * the next piece instead), so "641." never stands alone above its decimals.
	 */
	private static List<String> chunks(String text, int width) {
		List<String> pieces = new ArrayList<>();
		String rest = text;
		while (rest.length() > width) {
			int cut = width;
			while (cut > 1 && (rest.charAt(cut - 1) == '.' || rest.charAt(cut - 1) == ' ')) {
				cut--;
			}
			pieces.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			pieces.add(rest);
		}
		return pieces;
	}
}
