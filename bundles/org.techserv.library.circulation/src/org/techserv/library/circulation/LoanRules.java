package org.techserv.library.circulation;

/**
 * How the library lends: days until a loan is due (also after each renewal), how many renewals one loan may
 * have, and how many copies one patron may have at once.
 */
public record LoanRules(int loanDays, int renewals, int maxItems) {

	/** What a new database starts with (also written by the migration). */
	public static final LoanRules DEFAULTS = new LoanRules(21, 2, 10);
}
