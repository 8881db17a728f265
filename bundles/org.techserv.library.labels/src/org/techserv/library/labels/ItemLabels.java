package org.techserv.library.labels;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.Item;
import org.techserv.library.model.util.RecordValues;

/** Label values of items: barcode, call number (the item's or its record's), short title, location. */
public final class ItemLabels {

	/** Longest short title, in characters; labels shorten it further to fit. */
	public static final int SHORT_TITLE_LENGTH = 40;

	private static final Pattern COPY_MARK = Pattern.compile("(^|\\s)c\\.\\s?\\d+"); //$NON-NLS-1$
	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$

	private ItemLabels() {
	}

	public static LabelInput of(Item item) {
		BibliographicRecord record = item.getRecord();
		return new LabelInput(item.getBarcode(), callNumber(item), record == null ? null : shortTitle(record),
				item.getLocation());
	}

	public static List<LabelInput> of(Collection<? extends Item> items) {
		return items.stream().map(ItemLabels::of).toList();
	}

	/**
	 * The item's own call number, else its record's ({@link #callNumber(BibliographicRecord)}); a copy past the
	 * first gets its copy mark ("c.2") unless the call number has one already. Accents composed, single spaces.
	 * Null when there is none.
	 */
	public static String callNumber(Item item) {
		String callNumber = item.getCallNumber();
		if (callNumber == null || callNumber.isBlank()) {
			callNumber = item.getRecord() == null ? null : callNumber(item.getRecord());
		}
		if (callNumber == null || callNumber.isBlank()) {
			return null;
		}
		callNumber = shelved(printed(callNumber));
		if (item.getCopyNumber() > 1 && !COPY_MARK.matcher(callNumber).find()) {
			callNumber = callNumber + " c." + item.getCopyNumber(); //$NON-NLS-1$
		}
		return callNumber;
	}

	/**
	 * The record's call number as {@link RecordValues#callNumber} finds it (local 090/092, else LC 050, else Dewey
	 * 082, already without a Dewey number's segmentation marks). Accents composed, single spaces.
	 */
	public static String callNumber(BibliographicRecord record) {
		String callNumber = RecordValues.callNumber(record);
		if (callNumber == null || callNumber.isBlank()) {
			return null;
		}
		return printed(callNumber);
	}

	/**
	 * A Dewey number typed on a copy without its segmentation marks ("782.1/092" is shelved as 782.1092): they
	 * tell where a number may be shortened and are never printed on the spine.
	 */
	private static String shelved(String callNumber) {
		if (CallNumberLines.schemeOf(callNumber) == CallNumberScheme.DDC) {
			return RecordValues.withoutSegmentation(callNumber);
		}
		return callNumber;
	}

	/** Accents composed (MARC records often carry them decomposed), single spaces, none at the ends. */
	private static String printed(String callNumber) {
		return Normalizer.normalize(callNumber, Normalizer.Form.NFC).strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The title proper (245 as {@link RecordValues#title} reads it, up to the subtitle or statement of
	 * responsibility), shortened at a word to {@link #SHORT_TITLE_LENGTH} characters with an ellipsis.
	 */
	public static String shortTitle(BibliographicRecord record) {
		String title = RecordValues.title(record);
		if (title == null || title.isBlank()) {
			return null;
		}
		title = title.strip().split(" [:;=/] ", 2)[0]; //$NON-NLS-1$
		if (title.length() <= SHORT_TITLE_LENGTH) {
			return title;
		}
		String cut = title.substring(0, SHORT_TITLE_LENGTH - 1);
		int space = cut.lastIndexOf(' ');
		if (space > SHORT_TITLE_LENGTH / 2) {
			cut = cut.substring(0, space);
		}
		return cut.stripTrailing() + ELLIPSIS;
	}
}
