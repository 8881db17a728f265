package org.techserv.library.serials.internal;

import java.time.LocalDate;
import java.time.Month;

import org.techserv.library.serials.ChronologyDetail;

/**
 * Dates as holdings statements write them ({@code 2024:Jan 15}). Month captions are data shared with other
 * libraries (ANSI/NISO Z39.71 style), not user interface text, so they are not translated.
 */
public final class Chronology {

	private static final String[] MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Oct", "Nov", "Dec" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private Chronology() {
	}

	public static String month(Month month) {
		return MONTHS[month.ordinal()];
	}

	public static String of(ChronologyDetail detail, LocalDate date) {
		return switch (detail) {
		case YEAR -> String.valueOf(date.getYear());
		case MONTH -> date.getYear() + ":" + month(date.getMonth()); //$NON-NLS-1$
		case DAY -> date.getYear() + ":" + month(date.getMonth()) + ' ' + date.getDayOfMonth(); //$NON-NLS-1$
		};
	}

	/** A combined issue's dates, the second without what it shares with the first: {@code 2024:Jul/Aug}. */
	public static String of(ChronologyDetail detail, LocalDate first, LocalDate last) {
		String from = of(detail, first);
		String to = of(detail, last);
		if (from.equals(to)) {
			return from;
		}
		if (first.getYear() != last.getYear()) {
			return from + '/' + to;
		}
		if (detail == ChronologyDetail.DAY && first.getMonth() == last.getMonth()) {
			return from + '/' + last.getDayOfMonth();
		}
		return from + '/' + to.substring(to.indexOf(':') + 1);
	}
}
