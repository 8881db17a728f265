package org.techserv.equipment.report.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.techserv.equipment.model.StepResult;

/** Dates, times and numbers as a reader in one locale and time zone expects them. Not thread-safe. */
public final class Formats {

	/** What an empty field shows. */
	public static final String NONE = "\u2014"; //$NON-NLS-1$

	private final ZoneId zone;
	private final DateTimeFormatter dateTime;
	private final DateTimeFormatter date;
	private final DateTimeFormatter time;
	private final NumberFormat decimal;
	private final NumberFormat hours;
	private final NumberFormat integer;

	public Formats(Locale locale, ZoneId zone) {
		this.zone = zone;
		dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
				.withZone(zone);
		date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
		decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMinimumFractionDigits(1);
		decimal.setMaximumFractionDigits(3);
		hours = NumberFormat.getNumberInstance(locale);
		hours.setMinimumFractionDigits(1);
		hours.setMaximumFractionDigits(2);
		integer = NumberFormat.getIntegerInstance(locale);
	}

	public static String orNone(String text) {
		return text == null || text.isBlank() ? NONE : text;
	}

	public String dateTime(Instant at) {
		return at == null ? NONE : dateTime.format(at);
	}

	public String date(LocalDate day) {
		return day == null ? NONE : date.format(day);
	}

	/** "12 Mar 2026, 09:00 – 11:30" on one day, both dates and times when it runs past midnight. */
	public String window(Instant start, Instant end) {
		if (start == null || end == null) {
			return start == null && end == null ? NONE : dateTime(start == null ? end : start);
		}
		boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
		return NLS.bind(Messages.range, dateTime(start), sameDay ? time.format(end) : dateTime(end));
	}

	public String decimal(Double value) {
		return value == null ? NONE : decimal.format(value);
	}

	public String hours(double value) {
		return hours.format(value);
	}

	public String integer(long value) {
		return integer.format(value);
	}

	/** "90 min", "1 h 30 min". */
	public String duration(int minutes) {
		if (minutes < 60) {
			return NLS.bind(Messages.minutes, integer(minutes));
		}
		return NLS.bind(Messages.hoursMinutes, integer(minutes / 60), integer(minutes % 60));
	}

	/** The measured value and its unit, or empty when the step measures nothing or nothing was measured. */
	public String measured(StepResult step) {
		if (step.getValue() == null) {
			return ""; //$NON-NLS-1$
		}
		return withUnit(decimal(step.getValue()), step.getUnit());
	}

	/** "≥ 1.0 MΩ", "≤ 0.3 mA", "8.0 – 11.0 bar", or empty without limits. */
	public String limits(StepResult step) {
		Double lower = step.getLowerLimit();
		Double upper = step.getUpperLimit();
		String limits;
		if (lower != null && upper != null) {
			limits = NLS.bind(Messages.range, decimal(lower), decimal(upper));
		} else if (lower != null) {
			limits = "\u2265 " + decimal(lower); //$NON-NLS-1$
		} else if (upper != null) {
			limits = "\u2264 " + decimal(upper); //$NON-NLS-1$
		} else {
			return ""; //$NON-NLS-1$
		}
		return withUnit(limits, step.getUnit());
	}

	private static String withUnit(String number, String unit) {
		return unit == null || unit.isBlank() ? number : number + '\u00a0' + unit;
	}
}
