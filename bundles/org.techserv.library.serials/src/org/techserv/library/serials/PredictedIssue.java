package org.techserv.library.serials;

import java.time.LocalDate;
import java.util.List;

/**
 * An issue the pattern expects: its place in the run, numbers, date and how both read. A combined issue spans
 * the numbers and dates of the issues it replaces ({@code no.7/8}, {@code 2024:Jul/Aug}).
 *
 * @param sequence     1 for the pattern's first issue, counting every issue (a combined one counts once)
 * @param numbers      the number at each enumeration level
 * @param lastNumbers  the numbers of the last issue a combined issue stands for, else the same as numbers
 * @param date         the publication date, which is when the issue is expected
 * @param lastDate     the date of the last issue a combined issue stands for, else the same as date
 * @param enumeration  for example {@code v.1:no.7/8}
 * @param chronology   for example {@code 2024:Jul/Aug}
 */
public record PredictedIssue(int sequence, List<Integer> numbers, List<Integer> lastNumbers, LocalDate date,
		LocalDate lastDate, String enumeration, String chronology) {

	public boolean combined() {
		return !date.equals(lastDate);
	}

	/** How a holdings statement writes the issue: {@code v.1:no.1(2024:Jan)}. */
	public String label() {
		return label(enumeration, chronology);
	}

	/**
	 * How a holdings statement writes an issue from its enumeration and chronology ({@code v.1:no.1(2024:Jan)});
	 * either may be empty or null.
	 */
	public static String label(String enumeration, String chronology) {
		if (enumeration == null || enumeration.isEmpty()) {
			return chronology == null ? "" : chronology; //$NON-NLS-1$
		}
		return chronology == null || chronology.isEmpty() ? enumeration : enumeration + '(' + chronology + ')';
	}

	@Override
	public String toString() {
		return label() + ' ' + date;
	}
}
