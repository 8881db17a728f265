package org.techserv.library.circulation;

import java.time.LocalDate;

/**
 * A checked-in copy: its barcode and title, who had it (null when the copy was marked missing and turned up),
 * when it was due and how many days late it came back (0 when on time).
 */
public record Return(String itemBarcode, String title, String patronName, LocalDate due, long daysLate,
		boolean wasMissing) {
}
