package org.techserv.library.sru;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.sru.internal.Messages;

/**
 * What the cataloguer searches for: one or more index and text pairs, all of which must match. Turned into CQL
 * for a target with {@link #toCql(SruTarget)}: words are searched with {@code all} (every word, in any order), an
 * ISBN with {@code =}; each term is quoted, and quotes, backslashes and the CQL masking characters {@code ? ^}
 * are escaped, so what the user typed is searched as typed. Only {@code *} keeps its CQL meaning (any characters:
 * {@code verd*}).
 */
public final class SruQuery {

	/** One condition: look for {@code text} in {@code index}. */
	public record Clause(SruIndex index, String text) {
	}

	private static final Pattern ISBN = Pattern.compile("\\d{9}[\\dX]|\\d{13}"); //$NON-NLS-1$

	private final List<Clause> clauses;

	private SruQuery(List<Clause> clauses) {
		this.clauses = List.copyOf(clauses);
	}

	/**
	 * @throws IllegalArgumentException when the text is blank, or not an ISBN for {@link SruIndex#ISBN}; the message
	 *                                  says so for the user
	 */
	public static SruQuery of(SruIndex index, String text) {
		return new SruQuery(List.of(checked(index, text)));
	}

	/** This query and one more condition. */
	public SruQuery and(SruIndex index, String text) {
		List<Clause> more = new ArrayList<>(clauses);
		more.add(checked(index, text));
		return new SruQuery(more);
	}

	public List<Clause> clauses() {
		return clauses;
	}

	/** The CQL query for {@code target}, with its own index names where it has them. */
	public String toCql(SruTarget target) {
		List<String> parts = new ArrayList<>();
		for (Clause clause : clauses) {
			String relation = clause.index() == SruIndex.ISBN ? " = " : " all "; //$NON-NLS-1$ //$NON-NLS-2$
			parts.add(target.cqlIndex(clause.index()) + relation + quoted(clause.text()));
		}
		return String.join(" and ", parts); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return clauses.stream().map(c -> c.index().label() + ": " + c.text()).reduce((a, b) -> a + ", " + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Clause checked(SruIndex index, String text) {
		if (index == null) {
			throw new IllegalArgumentException(Messages.queryNoIndex);
		}
		String words = text == null ? "" : text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (words.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.queryEmpty, index.label()));
		}
		if (index == SruIndex.ISBN) {
			String isbn = words.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
			if (!ISBN.matcher(isbn).matches()) {
				throw new IllegalArgumentException(NLS.bind(Messages.queryNotIsbn, text.strip()));
			}
			words = isbn;
		}
		return new Clause(index, words);
	}

	/** A CQL quoted string: {@code "} and {@code \} escaped, and the masking characters but {@code *}. */
	static String quoted(String text) {
		StringBuilder cql = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\' || c == '?' || c == '^') {
				cql.append('\\');
			}
			cql.append(c);
		}
		return cql.append('"').toString();
	}
}
