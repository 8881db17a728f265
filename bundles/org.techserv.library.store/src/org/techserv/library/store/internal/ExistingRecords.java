package org.techserv.library.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The records of the catalogue an import batch might duplicate (same ISBN, or same 001 from the same agency 003),
 * looked up for the whole batch before it is written; or the records an import has just added (a file may hold the
 * same record twice). A record is checked against both at once ({@link #of(RecordRows.Values, ExistingRecords, ExistingRecords)}).
 */
public final class ExistingRecords {

	/** Values longer than their columns were cut when stored, so they match nothing there. */
	private static final int KEY_COLUMN = 40;

	private static final int CHUNK = 100;

	private final Map<String, Set<Long>> byIsbn = new HashMap<>();
	private final Map<String, Set<Long>> byControl = new HashMap<>();

	private ExistingRecords() {
	}

	/** Looks up what the records with these values might duplicate. */
	public static ExistingRecords find(Connection c, Collection<RecordRows.Values> batch) throws SQLException {
		ExistingRecords existing = new ExistingRecords();
		Set<String> isbns = new LinkedHashSet<>();
		Set<String> controls = new LinkedHashSet<>();
		for (RecordRows.Values values : batch) {
			if (fits(values.isbn())) {
				isbns.add(values.isbn());
			}
			if (fits(values.controlNumber())) {
				controls.add(values.controlNumber());
			}
		}
		existing.select(c, "SELECT ID, ISBN, ISBN FROM LIBRARY_RECORD --DERBY-PROPERTIES index=IX_RECORD_ISBN\nWHERE ISBN IN ", isbns, true); //$NON-NLS-1$
		existing.select(c, "SELECT ID, CONTROL_NUMBER, CONTROL_ID FROM LIBRARY_RECORD --DERBY-PROPERTIES index=IX_RECORD_CONTROL\nWHERE CONTROL_NUMBER IN ", //$NON-NLS-1$
				controls, false);
		return existing;
	}

	/**
	 * The records these values duplicate in {@code found} (a look-up) or {@code added} (what an import has added
	 * since): same ISBN first, then same control number and agency; each in id order. Most records duplicate
	 * nothing, and for them nothing is allocated.
	 */
	public static List<Long> of(RecordRows.Values values, ExistingRecords found, ExistingRecords added) {
		String isbn = isbnKey(values);
		Set<Long> byIsbnIds = null;
		Set<Long> byControlIds = null;
		if (isbn != null) {
			byIsbnIds = union(found.byIsbn.get(isbn), added.byIsbn.get(isbn));
		}
		if (!(found.byControl.isEmpty() && added.byControl.isEmpty())) {
			String control = controlKey(values);
			if (control != null) {
				byControlIds = union(found.byControl.get(control), added.byControl.get(control));
			}
		}
		if (byControlIds == null) {
			return byIsbnIds == null ? List.of() : new ArrayList<>(byIsbnIds);
		}
		Set<Long> ids = byIsbnIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(byIsbnIds);
		ids.addAll(byControlIds);
		return new ArrayList<>(ids);
	}

	private static Set<Long> union(Set<Long> one, Set<Long> other) {
		if (one == null || other == null) {
			return one == null ? other : one;
		}
		Set<Long> both = new TreeSet<>(one);
		both.addAll(other);
		return both;
	}

	/** None yet: to collect the records a batch adds. */
	public static ExistingRecords none() {
		return new ExistingRecords();
	}

	/** A record the import has just added. */
	public void add(RecordRows.Values values, long id) {
		String isbn = isbnKey(values);
		if (isbn != null) {
			byIsbn.computeIfAbsent(isbn, k -> new TreeSet<>()).add(id);
		}
		String control = controlKey(values);
		if (control != null) {
			byControl.computeIfAbsent(control, k -> new TreeSet<>()).add(id);
		}
	}

	/**
	 * The rows with any of the keys, {@value #CHUNK} keys a query. The index is named because Derby's optimizer
	 * otherwise scans the whole table for an IN list of parameters.
	 */
	private void select(Connection c, String sql, Set<String> keys, boolean isbn) throws SQLException {
		List<String> all = new ArrayList<>(keys);
		if (all.isEmpty()) {
			return;
		}
		String marks = "(" + "?, ".repeat(CHUNK - 1) + "?)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (PreparedStatement select = c.prepareStatement(sql + marks)) {
			for (int from = 0; from < all.size(); from += CHUNK) {
				for (int i = 0; i < CHUNK; i++) {
					// a short last chunk repeats its last key: one statement for every chunk
					select.setString(i + 1, all.get(Math.min(from + i, all.size() - 1)));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						long id = rows.getLong(1);
						String found = isbn ? rows.getString(2) : controlKey(rows.getString(2), rows.getString(3));
						(isbn ? byIsbn : byControl).computeIfAbsent(found, k -> new TreeSet<>()).add(id);
					}
				}
			}
		}
	}

	/** The ISBN a record is matched by; null when it has none or one longer than the column (it matches nothing). */
	static String isbnKey(RecordRows.Values values) {
		return fits(values.isbn()) ? values.isbn() : null;
	}

	/** The control number and agency a record is matched by, as one key; null when it has none that fits. */
	static String controlKey(RecordRows.Values values) {
		return fits(values.controlNumber()) && (values.controlId() == null || fits(values.controlId()))
				? controlKey(values.controlNumber(), values.controlId())
				: null;
	}

	static String controlKey(String controlNumber, String agency) {
		return controlNumber + '\u0001' + (agency == null ? "\u0002" : agency); //$NON-NLS-1$
	}

	private static boolean fits(String value) {
		return value != null && value.length() <= KEY_COLUMN;
	}
}
