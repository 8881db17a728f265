package org.techserv.store.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned step of a schema: a script of SQL statements separated by {@code ;} at the end of a line.
 * Named {@code V<version>__<description>.sql}; once released, never changed (its checksum is recorded).
 *
 * @param version     1, 2, 3, ... within its module
 * @param description what it does, from the file name
 * @param script      the SQL text
 */
public record Migration(int version, String description, String script) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql"); //$NON-NLS-1$

	/** Parses a file name; null when it is not a migration script name. */
	public static Migration of(String fileName, String script) {
		Matcher m = NAME.matcher(fileName);
		if (!m.matches()) {
			return null;
		}
		return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), script);
	}

	/** SHA-256 of the script with line endings normalised, so a checkout on another OS does not count as a change. */
	public String checksum() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
					.digest(script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The statements of the script, without comment lines and without the trailing semicolons. */
	public List<String> statements() {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.replace("\r\n", "\n").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) { //$NON-NLS-1$
				continue;
			}
			if (trimmed.endsWith(";")) { //$NON-NLS-1$
				current.append(trimmed, 0, trimmed.length() - 1);
				statements.add(current.toString().strip());
				current.setLength(0);
			} else {
				current.append(trimmed).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}
}
