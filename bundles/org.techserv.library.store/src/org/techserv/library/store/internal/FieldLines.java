package org.techserv.library.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;

/**
 * A record as cataloguers write it, one line a field ({@code 245 10 $aTitle :$bsubtitle}), for the audit trail:
 * what changed is told per tag, before and after.
 */
public final class FieldLines {

	private static final int MAX = 4000;

	private FieldLines() {
	}

	public static String line(DataField field) {
		StringBuilder text = new StringBuilder(field.getTag()).append(' ').append(field.getIndicator1())
				.append(field.getIndicator2()).append(' ');
		for (Subfield subfield : field.getSubfields()) {
			text.append('$').append(subfield.getCode()).append(subfield.getValue());
		}
		return text.toString();
	}

	/** Each tag whose lines differ, with the lines before and after (null when there were, or are, none). */
	public static Map<String, String[]> changes(BibliographicRecord before, BibliographicRecord after) {
		Map<String, List<String>> old = byTag(before);
		Map<String, List<String>> now = byTag(after);
		Map<String, String[]> changes = new LinkedHashMap<>();
		for (String tag : union(old, now)) {
			List<String> a = old.getOrDefault(tag, List.of());
			List<String> b = now.getOrDefault(tag, List.of());
			if (!Objects.equals(a, b)) {
				changes.put(tag, new String[] { text(a), text(b) });
			}
		}
		return changes;
	}

	private static Map<String, List<String>> byTag(BibliographicRecord record) {
		Map<String, List<String>> lines = new LinkedHashMap<>();
		if (record == null) {
			return lines;
		}
		lines.computeIfAbsent("LDR", k -> new ArrayList<>()).add(String.valueOf(record.getLeader())); //$NON-NLS-1$
		for (ControlField field : record.getControlFields()) {
			lines.computeIfAbsent(field.getTag(), k -> new ArrayList<>()).add(field.getTag() + ' ' + field.getValue());
		}
		for (DataField field : record.getDataFields()) {
			lines.computeIfAbsent(field.getTag(), k -> new ArrayList<>()).add(line(field));
		}
		return lines;
	}

	private static List<String> union(Map<String, List<String>> a, Map<String, List<String>> b) {
		List<String> tags = new ArrayList<>(a.keySet());
		b.keySet().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
		return tags;
	}

	private static String text(List<String> lines) {
		if (lines.isEmpty()) {
			return null;
		}
		String text = String.join("\n", lines); //$NON-NLS-1$
		return text.length() > MAX ? text.substring(0, MAX - 1) + '…' : text;
	}
}
