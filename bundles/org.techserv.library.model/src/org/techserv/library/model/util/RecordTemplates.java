package org.techserv.library.model.util;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.techserv.library.model.BibliographicRecord;
import org.techserv.library.model.ControlField;
import org.techserv.library.model.DataField;
import org.techserv.library.model.LibraryFactory;
import org.techserv.library.model.Subfield;

/** Starting points for original cataloguing: what a new record holds before the cataloguer fills it in. */
public final class RecordTemplates {

	private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyMMdd"); //$NON-NLS-1$

	private RecordTemplates() {
	}

	/**
	 * A printed book (leader/06 {@code a}, /07 {@code m}, RDA {@code i}): a leader, an 008 with today as the date
	 * entered and single date, place and language left for the cataloguer ({@code xx }, {@code und}), and an empty
	 * 245 for the title.
	 */
	public static BibliographicRecord book(LocalDate today) {
		BibliographicRecord record = LibraryFactory.eINSTANCE.createBibliographicRecord();
		record.setLeader("00000nam a2200000 i 4500"); //$NON-NLS-1$
		ControlField fixed = LibraryFactory.eINSTANCE.createControlField();
		fixed.setTag("008"); //$NON-NLS-1$
		fixed.setValue(ENTERED.format(today) + "s" + today.getYear() + "    " + "xx " + " ".repeat(17) + "und" + " d"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		record.getControlFields().add(fixed);
		DataField title = LibraryFactory.eINSTANCE.createDataField();
		title.setTag("245"); //$NON-NLS-1$
		title.setIndicator1('0');
		title.setIndicator2('0');
		Subfield a = LibraryFactory.eINSTANCE.createSubfield();
		a.setCode('a');
		a.setValue(""); //$NON-NLS-1$
		title.getSubfields().add(a);
		record.getDataFields().add(title);
		return record;
	}
}
