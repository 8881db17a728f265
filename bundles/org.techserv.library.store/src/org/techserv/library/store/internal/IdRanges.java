package org.techserv.library.store.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Record ids written compactly as ascending ranges ("1000-1999,2005"), for the one audit entry an import batch
 * writes instead of one entry per record. Ids drawn from the store's sequence by one writer are mostly
 * consecutive, so a batch of a thousand records is usually a single range.
 */
public final class IdRanges {

	private IdRanges() {
	}

	/** The ids (in any order, each once) as range texts of at most {@code maxLength} characters each. */
	public static List<String> format(List<Long> ids, int maxLength) {
		long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
		List<String> texts = new ArrayList<>(1);
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < sorted.length) {
			int end = i;
			while (end + 1 < sorted.length && sorted[end + 1] == sorted[end] + 1) {
				end++;
			}
			String range = end == i ? Long.toString(sorted[i]) : sorted[i] + "-" + sorted[end]; //$NON-NLS-1$
			if (!text.isEmpty() && text.length() + 1 + range.length() > maxLength) {
				texts.add(text.toString());
				text.setLength(0);
			}
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(range);
			i = end + 1;
		}
		if (!text.isEmpty()) {
			texts.add(text.toString());
		}
		return texts;
	}

	/** The lowest id a text of {@link #format} names. */
	public static long first(String text) {
		int end = 0;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return Long.parseLong(text.substring(0, end));
	}

	/** Every id a text of {@link #format} names, in ascending order. */
	public static List<Long> parse(String text) {
		List<Long> ids = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return ids;
		}
		for (String range : text.split(",")) { //$NON-NLS-1$
			int dash = range.indexOf('-');
			long first = Long.parseLong(dash < 0 ? range : range.substring(0, dash));
			long last = dash < 0 ? first : Long.parseLong(range.substring(dash + 1));
			for (long id = first; id <= last; id++) {
				ids.add(id);
			}
		}
		return ids;
	}
}
