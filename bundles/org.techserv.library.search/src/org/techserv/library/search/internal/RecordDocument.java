package org.techserv.library.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.DataField;
import org.techserv.library.model.Subfield;
import org.techserv.library.model.util.RecordValues;

/**
 * One record as an index document, read from its MARC fields in one pass: titles (245 and the uniform and
 * varying titles), names (1XX, 7XX), subjects (6XX), publisher, series and edition, every ISBN in both forms,
 * ISSN, call numbers (LC, Dewey, local), year, and the keys lists sort by.
 */
public final class RecordDocument {

	private RecordDocument() {
	}

	/** The document of a record, to replace it by. */
	public static Query idQuery(long id) {
		return LongPoint.newExactQuery(Fields.ID, id);
	}

	/** The documents of these records, to delete them. */
	public static Query idsQuery(Collection<Long> ids) {
		return LongPoint.newSetQuery(Fields.ID, ids);
	}

	public static Document of(BibliographicRecord record) {
		Document doc = new Document();
		long id = record.getId();
		// a point, not a term: a term for each record made the ids most of the terms dictionary every flush writes
		doc.add(new LongPoint(Fields.ID, id));
		doc.add(new NumericDocValuesField(Fields.ID, id));

		String titleSort = null;
		String authorSort = null;
		String firstAddedName = null;
		Set<String> isbns = new LinkedHashSet<>();
		Texts texts = new Texts();
		for (DataField field : record.getDataFields()) {
			String tag = field.getTag();
			if (tag == null || tag.length() != 3) {
				continue;
			}
			switch (tag) {
			case "245" -> { //$NON-NLS-1$
				String title = joined(field, "abnp"); //$NON-NLS-1$
				texts.add(Fields.TITLE, title);
				texts.add(Fields.OTHER, joined(field, "c")); //$NON-NLS-1$
				if (titleSort == null) {
					titleSort = SortKeys.of(title, nonFiling(field.getIndicator2()));
				}
			}
			case "130", "240", "246", "730", "740" -> texts.add(Fields.TITLE, joined(field, "abnp")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			case "100", "110", "111" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String name = joined(field, "abcdq"); //$NON-NLS-1$
				texts.add(Fields.AUTHOR, name);
				if (authorSort == null) {
					authorSort = SortKeys.of(joined(field, "a")); //$NON-NLS-1$
				}
			}
			case "700", "710", "711" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				texts.add(Fields.AUTHOR, joined(field, "abcdq")); //$NON-NLS-1$
				if (firstAddedName == null) {
					firstAddedName = joined(field, "a"); //$NON-NLS-1$
				}
			}
			case "020" -> isbns.addAll(Isbns.forms(RecordValues.subfield(field, 'a'))); //$NON-NLS-1$
			case "022" -> { //$NON-NLS-1$
				String issn = Isbns.issn(RecordValues.subfield(field, 'a'));
				if (issn != null) {
					doc.add(new StringField(Fields.ISSN, issn, Store.NO));
					texts.add(Fields.OTHER, issn);
				}
			}
			case "050", "055", "060", "082", "090", "092", "099" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				for (String call : callNumbers(field)) {
					texts.add(Fields.CALL, call);
					doc.add(new StringField(Fields.CALL_KEY, SortKeys.callKey(call), Store.NO));
				}
			}
			case "505" -> texts.add(Fields.OTHER, joined(field, "agrt")); //$NON-NLS-1$ //$NON-NLS-2$
			case "260", "264" -> { //$NON-NLS-1$ //$NON-NLS-2$
				texts.add(Fields.PUBLISHER, joined(field, "b")); //$NON-NLS-1$
				texts.add(Fields.OTHER, joined(field, "a")); //$NON-NLS-1$
			}
			case "250", "440", "490", "800", "810", "830" -> texts.add(Fields.OTHER, joined(field, "anpv")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			default -> {
				if (tag.charAt(0) == '6') {
					texts.add(Fields.SUBJECT, joined(field, "abcdvxyz")); //$NON-NLS-1$
				}
			}
			}
		}
		for (String isbn : isbns) {
			doc.add(new StringField(Fields.ISBN, isbn, Store.NO));
			texts.add(Fields.OTHER, isbn);
		}
		String year = RecordValues.year(record);
		int yearValue = 0;
		if (year != null) {
			doc.add(new StringField(Fields.YEAR, year, Store.NO));
			texts.add(Fields.OTHER, year);
			yearValue = Integer.parseInt(year);
		}
		if (authorSort == null) {
			authorSort = SortKeys.of(firstAddedName);
		}
		texts.addTo(doc);
		sortKey(doc, Fields.TITLE_SORT, titleSort);
		sortKey(doc, Fields.AUTHOR_SORT, authorSort);
		sortKey(doc, Fields.CALL_SORT, SortKeys.of(RecordValues.callNumber(record)));
		doc.add(new NumericDocValuesField(Fields.YEAR_SORT, yearValue));
		return doc;
	}

	/** A key to sort by; none for a record without the value (it sorts last). */
	private static void sortKey(Document doc, String field, String key) {
		if (key != null && !key.isEmpty()) {
			doc.add(new SortedDocValuesField(field, new BytesRef(key)));
		}
	}

	/**
	 * A record's words, one text a field: each value of a field was a field of its own in the document, and the
	 * index's work a field (its analyzer looked up, its token stream reset) cost more than the few words of most
	 * values. The positions are the same (no gap between values; {@link CatalogueAnalyzer} leaves the gap at 0).
	 */
	private static final class Texts {
		private final Map<String, StringBuilder> byField = new LinkedHashMap<>();

		void add(String name, String value) {
			if (value != null && !value.isEmpty()) {
				StringBuilder text = byField.get(name);
				if (text == null) {
					byField.put(name, new StringBuilder(value));
				} else {
					text.append(' ').append(value);
				}
			}
		}

		void addTo(Document doc) {
			for (Map.Entry<String, StringBuilder> text : byField.entrySet()) {
				doc.add(new TextField(text.getKey(), CatalogueAnalyzer.compose(text.getValue().toString()), Store.NO));
			}
		}
	}

	/** Each $a starts a call number (a second $a is another class number), $b completes it. */
	private static List<String> callNumbers(DataField field) {
		List<String> calls = new ArrayList<>(2);
		StringBuilder call = null;
		for (Subfield subfield : field.getSubfields()) {
			String value = subfield.getValue() == null ? "" : subfield.getValue().strip(); //$NON-NLS-1$
			if (subfield.getCode() == 'a' && !value.isEmpty()) {
				if (call != null) {
					calls.add(call.toString());
				}
				call = new StringBuilder(value);
			} else if (subfield.getCode() == 'b' && call != null && !value.isEmpty()) {
				call.append(' ').append(value);
			}
		}
		if (call != null) {
			calls.add(call.toString());
		}
		return calls;
	}

	/** 245 indicator 2: how many leading characters do not file ("The " = 4). */
	private static int nonFiling(char indicator) {
		return indicator >= '1' && indicator <= '9' ? indicator - '0' : 0;
	}

	private static String joined(DataField field, String codes) {
		String only = null; // most joins are of one subfield: no copy
		StringBuilder parts = null;
		for (Subfield subfield : field.getSubfields()) {
			String value = subfield.getValue();
			if (codes.indexOf(subfield.getCode()) >= 0 && value != null && !value.isBlank()) {
				if (only == null) {
					only = value.strip();
				} else {
					if (parts == null) {
						parts = new StringBuilder(only);
					}
					parts.append(' ').append(value.strip());
				}
			}
		}
		return parts != null ? parts.toString() : only;
	}
}
