package org.techserv.library.serials;

/** How fine an issue's date is shown: {@code 2024}, {@code 2024:Jan} or {@code 2024:Jan 15}. */
public enum ChronologyDetail {
	YEAR, MONTH, DAY
}
