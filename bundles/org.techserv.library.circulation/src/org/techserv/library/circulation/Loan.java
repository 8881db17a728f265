package org.techserv.library.circulation;

import java.time.Instant;
import java.time.LocalDate;

/** An open loan: which copy (barcode, title), to whom (card barcode, name), since when, due when, renewed how often. */
public record Loan(long itemId, String itemBarcode, String title, long patronId, String patronBarcode,
		String patronName, Instant loanedAt, LocalDate due, int renewals) {

	/** Whether it is overdue on {@code today} (due yesterday or earlier). */
	public boolean overdueOn(LocalDate today) {
		return due.isBefore(today);
	}
}
