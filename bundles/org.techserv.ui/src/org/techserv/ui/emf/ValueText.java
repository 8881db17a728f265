package org.techserv.ui.emf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

/**
 * How a value of an attribute is written in a text field and read back; reading refuses malformed text with a
 * sentence naming the field and showing the expected form.
 */
public interface ValueText {

	String toText(Object value);

	/** The value the text means; empty text means no value. */
	Object fromText(String text) throws IllegalArgumentException;

	static ValueText text() {
		return new ValueText() {
			@Override
			public String toText(Object value) {
				return value == null ? "" : value.toString(); //$NON-NLS-1$
			}

			@Override
			public Object fromText(String text) {
				return text.isBlank() ? null : text.strip();
			}
		};
	}

	/** Lines of text for a many-valued attribute, one value per line. */
	static ValueText lines() {
		return new ValueText() {
			@Override
			public String toText(Object value) {
				return value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining("\n")) : ""; //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public Object fromText(String text) {
				return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
			}
		};
	}

	static ValueText integer(String field, boolean optional) {
		return new ValueText() {
			@Override
			public String toText(Object value) {
				return value == null ? "" : value.toString(); //$NON-NLS-1$
			}

			@Override
			public Object fromText(String text) {
				if (text.isBlank()) {
					if (optional) {
						return null;
					}
					return Integer.valueOf(0);
				}
				try {
					return Integer.valueOf(text.strip());
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.notAWholeNumber, field, text.strip()));
				}
			}
		};
	}

	static ValueText decimal(String field, boolean optional) {
		return new ValueText() {
			@Override
			public String toText(Object value) {
				return value == null ? "" : value.toString(); //$NON-NLS-1$
			}

			@Override
			public Object fromText(String text) {
				if (text.isBlank()) {
					return optional ? null : Double.valueOf(0);
				}
				try {
					return Double.valueOf(text.strip().replace(',', '.'));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.notANumber, field, text.strip()));
				}
			}
		};
	}

	DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd"); //$NON-NLS-1$
	DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"); //$NON-NLS-1$

	static ValueText date(String field) {
		return new ValueText() {
			@Override
			public String toText(Object value) {
				return value == null ? "" : DATE.format((LocalDate) value); //$NON-NLS-1$
			}

			@Override
			public Object fromText(String text) {
				if (text.isBlank()) {
					return null;
				}
				try {
					return LocalDate.parse(text.strip(), DATE);
				} catch (DateTimeParseException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.notADate, field, text.strip()));
				}
			}
		};
	}

	/** An instant written in the workbench's time zone, to the minute. */
	static ValueText dateTime(String field, ZoneId zone) {
		return new ValueText() {
			@Override
			public String toText(Object value) {
				return value == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant((Instant) value, zone)); //$NON-NLS-1$
			}

			@Override
			public Object fromText(String text) {
				if (text.isBlank()) {
					return null;
				}
				try {
					return LocalDateTime.parse(text.strip(), DATE_TIME).atZone(zone).toInstant();
				} catch (DateTimeParseException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.notADateTime, field, text.strip()));
				}
			}
		};
	}
}
