package org.techserv.library.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a user types into the catalogue's search box, as a Lucene query. The syntax is small and forgiving: words
 * are AND-ed; {@code "quoted words"} are a phrase; {@code title:}, {@code author:}, {@code subject:},
 * {@code isbn:}, {@code issn:}, {@code call:}, {@code publisher:} and {@code year:} limit a word to one field;
 * the last word is a prefix while it is being typed (no space after it), and so is a word ending in {@code *}.
 * An ISBN finds its book with or without hyphens, as ISBN-10 or ISBN-13; a call number finds every call number
 * it begins. Anything else (stray quotes, colons, operators, unknown fields) is read as words, never an error;
 * text without a single word means every record.
 */
public final class UserQuery {

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", Fields.TITLE), //$NON-NLS-1$
			Map.entry("ti", Fields.TITLE), Map.entry("author", Fields.AUTHOR), Map.entry("au", Fields.AUTHOR), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("by", Fields.AUTHOR), Map.entry("subject", Fields.SUBJECT), Map.entry("su", Fields.SUBJECT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("isbn", Fields.ISBN), Map.entry("issn", Fields.ISSN), Map.entry("call", Fields.CALL_KEY), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("publisher", Fields.PUBLISHER), Map.entry("pub", Fields.PUBLISHER), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("year", Fields.YEAR)); //$NON-NLS-1$
	private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "&&", "||", "+", "-", "!", "*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	private static final float TITLE_BOOST = 2f;

	/** One word or quoted phrase, perhaps limited to a field (null: anywhere). */
	record Chunk(String field, String text, boolean quoted, boolean prefix) {
	}

	private UserQuery() {
	}

	/** The query for {@code text}; every record for blank text or text without words. */
	public static Query parse(String text, Analyzer analyzer) {
		List<Chunk> chunks = chunks(text == null ? "" : CatalogueAnalyzer.compose(text)); //$NON-NLS-1$
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int required = 0;
		for (Chunk chunk : chunks) {
			Query part = part(chunk, analyzer);
			if (part == null) {
				continue;
			}
			query.add(part, Occur.MUST);
			required++;
		}
		return required == 0 ? new MatchAllDocsQuery() : query.build();
	}

	/** The words and phrases of the text, with their fields; operators and empty pieces dropped. */
	static List<Chunk> chunks(String text) {
		List<Chunk> chunks = new ArrayList<>();
		int n = text.length();
		int i = 0;
		String pendingField = null;
		while (i < n) {
			while (i < n && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i >= n) {
				break;
			}
			String field = null;
			int j = i;
			while (j < n && Character.isLetter(text.charAt(j))) {
				j++;
			}
			if (j < n && j > i && text.charAt(j) == ':') {
				field = FIELDS.get(text.substring(i, j).toLowerCase(Locale.ROOT));
				if (field != null) {
					i = j + 1;
				}
			}
			String value;
			boolean quoted = false;
			if (i < n && text.charAt(i) == '"') {
				int end = text.indexOf('"', i + 1);
				quoted = true;
				value = text.substring(i + 1, end < 0 ? n : end);
				i = end < 0 ? n : end + 1;
			} else {
				int end = i;
				while (end < n && !Character.isWhitespace(text.charAt(end))) {
					end++;
				}
				value = text.substring(i, end);
				i = end;
			}
			if (field == null) {
				field = pendingField;
			}
			pendingField = null;
			if (value.isBlank()) {
				pendingField = field; // "title: aida": the field belongs to the next word
				continue;
			}
			if (!quoted && field == null && OPERATORS.contains(value)) {
				continue;
			}
			boolean prefix = false;
			if (!quoted && value.endsWith("*")) { //$NON-NLS-1$
				value = value.replaceAll("[*?]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				prefix = true;
			}
			if (!quoted && i >= n) {
				prefix = true; // the word being typed
			}
			if (!value.isEmpty()) {
				chunks.add(new Chunk(field, value, quoted, prefix));
			}
		}
		return chunks;
	}

	/** The query of one chunk; null when it has no word to look for. */
	private static Query part(Chunk chunk, Analyzer analyzer) {
		String field = chunk.field();
		String value = chunk.text();
		if (Fields.ISBN.equals(field)) {
			String clean = Isbns.clean(value);
			return clean == null ? new MatchNoDocsQuery() : isbn(clean, chunk.prefix());
		}
		if (Fields.ISSN.equals(field)) {
			String clean = Isbns.clean(value.toUpperCase(Locale.ROOT));
			return clean == null ? new MatchNoDocsQuery() : keyword(Fields.ISSN, clean, chunk.prefix());
		}
		if (Fields.CALL_KEY.equals(field)) {
			String key = SortKeys.callKey(value);
			return key.isEmpty() ? null : new PrefixQuery(new Term(Fields.CALL_KEY, key));
		}
		if (Fields.YEAR.equals(field)) {
			String year = value.strip();
			return year.matches("\\d{1,4}") ? keyword(Fields.YEAR, year, chunk.prefix() && year.length() < 4) //$NON-NLS-1$
					: new MatchNoDocsQuery();
		}
		// a colon inside a word joins letters for the tokenizer ("foo:bar"); an unknown field is just a word
		String words = chunk.quoted() ? value : value.replace(':', ' ');
		Query text = text(field == null ? Fields.ANYWHERE : List.of(field), words(analyzer, Fields.TITLE, words),
				chunk.quoted(), chunk.prefix());
		if (field != null) {
			return text;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		int alternatives = 0;
		if (text != null) {
			any.add(text, Occur.SHOULD);
			alternatives++;
		}
		String clean = Isbns.clean(value);
		if (!chunk.quoted() && clean != null && (Isbns.isWholeIsbn(clean) || clean.length() >= 4 && chunk.prefix())) {
			any.add(isbn(clean, chunk.prefix()), Occur.SHOULD);
			alternatives++;
		}
		if (!chunk.quoted() && looksLikeCallNumber(value)) {
			any.add(new PrefixQuery(new Term(Fields.CALL_KEY, SortKeys.callKey(value))), Occur.SHOULD);
			alternatives++;
		}
		if (alternatives == 0) {
			return null;
		}
		return alternatives == 1 ? text : any.build();
	}

	private static Query isbn(String clean, boolean prefix) {
		if (prefix && !Isbns.isWholeIsbn(clean)) {
			return new PrefixQuery(new Term(Fields.ISBN, clean));
		}
		return new TermQuery(new Term(Fields.ISBN, clean)); // both forms are indexed
	}

	private static Query keyword(String field, String value, boolean prefix) {
		Term term = new Term(field, value);
		return prefix ? new PrefixQuery(term) : new TermQuery(term);
	}

	/** Letters then digits, as call numbers start ("QA76", "ML410.V4"); plain words and numbers are not. */
	private static boolean looksLikeCallNumber(String value) {
		boolean letter = false;
		boolean digit = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isLetter(c)) {
				if (digit && !letter) {
					return false;
				}
				letter = true;
			} else if (Character.isDigit(c)) {
				digit = true;
			}
		}
		return letter && digit && Character.isLetter(value.charAt(0));
	}

	/**
	 * Every word required, each in any of the fields (title counting more); a quoted run of words as a phrase in
	 * one of them; the last word as a prefix when asked.
	 */
	private static Query text(List<String> fields, List<String> words, boolean phrase, boolean prefix) {
		if (words.isEmpty()) {
			return null;
		}
		if (phrase && words.size() > 1) {
			return anyField(fields, field -> new PhraseQuery(field, words.toArray(String[]::new)));
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean last = prefix && i == words.size() - 1;
			Query any = anyField(fields, field -> last ? new PrefixQuery(new Term(field, word)) : new TermQuery(new Term(field, word)));
			if (words.size() == 1) {
				return any;
			}
			all.add(any, Occur.MUST);
		}
		return all.build();
	}

	private static Query anyField(List<String> fields, java.util.function.Function<String, Query> query) {
		if (fields.size() == 1) {
			return query.apply(fields.get(0));
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String field : fields) {
			Query one = query.apply(field);
			any.add(Fields.TITLE.equals(field) ? new BoostQuery(one, TITLE_BOOST) : one, Occur.SHOULD);
		}
		return any.build();
	}

	static List<String> words(Analyzer analyzer, String field, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // reading a String does not fail
		}
		return words;
	}
}
