package org.techserv.library.serials;

/**
 * How often a serial appears, after the frequency codes of MARC 21 Holdings 853 $w. Month-based frequencies step
 * whole months from the first issue; week-based ones step whole weeks on the first issue's weekday.
 */
public enum Frequency {
	ANNUAL("a", 12, 0), //$NON-NLS-1$
	SEMIANNUAL("f", 6, 0), //$NON-NLS-1$
	QUARTERLY("q", 3, 0), //$NON-NLS-1$
	BIMONTHLY("b", 2, 0), //$NON-NLS-1$
	MONTHLY("m", 1, 0), //$NON-NLS-1$
	/** Twice a month on two given days (for example the 1st and the 15th). */
	SEMIMONTHLY("s", 1, 0), //$NON-NLS-1$
	BIWEEKLY("e", 0, 2), //$NON-NLS-1$
	WEEKLY("w", 0, 1), //$NON-NLS-1$
	/** No regular dates: issues cannot be predicted. */
	IRREGULAR("x", 0, 0); //$NON-NLS-1$

	private final String marcCode;
	private final int months;
	private final int weeks;

	Frequency(String marcCode, int months, int weeks) {
		this.marcCode = marcCode;
		this.months = months;
		this.weeks = weeks;
	}

	/** The code of 853 $w. */
	public String marcCode() {
		return marcCode;
	}

	/** Months between issues, 0 when week-based or irregular. */
	public int months() {
		return months;
	}

	/** Weeks between issues, 0 when month-based or irregular. */
	public int weeks() {
		return weeks;
	}

	public boolean monthBased() {
		return months > 0;
	}

	public boolean weekBased() {
		return weeks > 0;
	}
}
