package org.techserv.domains.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The main section of a {@code META-INF/MANIFEST.MF}, headers joined across continuation lines. */
record ManifestHeaders(Path file, Map<String, String> headers) {

	static ManifestHeaders read(Path file) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		String current = null;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isEmpty()) {
				break; // the main section ends at the first blank line
			}
			if (line.startsWith(" ") && current != null) {
				headers.merge(current, line.substring(1), String::concat);
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new IOException(file + ": line '" + line + "' is neither 'Header: value' nor a continuation");
			}
			current = line.substring(0, colon).trim();
			headers.put(current, line.substring(colon + 1).trim());
		}
		return new ManifestHeaders(file, headers);
	}

	String symbolicName() {
		String value = headers.get("Bundle-SymbolicName");
		if (value == null) {
			throw new IllegalStateException(file + " has no Bundle-SymbolicName");
		}
		return namesIn(value).get(0);
	}

	/** The bundle or package names a header lists ({@code a;b;version="[1,2)",c} gives a, b, c). */
	List<String> names(String header) {
		String value = headers.get(header);
		return value == null ? List.of() : namesIn(value);
	}

	private static List<String> namesIn(String value) {
		List<String> names = new ArrayList<>();
		for (String clause : splitOutsideQuotes(value, ',')) {
			for (String part : splitOutsideQuotes(clause, ';')) {
				String trimmed = part.trim();
				if (!trimmed.isEmpty() && !trimmed.contains("=")) { // attributes and directives are not names
					names.add(trimmed);
				}
			}
		}
		return names;
	}

	private static List<String> splitOutsideQuotes(String value, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : value.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return parts;
	}
}
