package org.techserv.library.serials;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.techserv.library.serials.internal.Messages;

/**
 * A pattern as lines of {@code name=value}, how the store keeps it and how a technician may read it:
 *
 * <pre>
 * frequency=monthly
 * first=2024-01-01
 * levels=v.|0|restart|1; no.|12|restart|1     (caption|units per next|restart or continuous|first number)
 * chronology=month                            (year, month or day)
 * days=1,15
 * volumeChange=1                              (month number, or absent)
 * omitMonths=8
 * omitWeeks=52
 * combineMonths=7,8; 11,12
 * combineWeeks=51,52
 * </pre>
 */
public final class PatternText {

	private PatternText() {
	}

	public static String write(PredictionPattern p) {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("frequency", lower(p.frequency())); //$NON-NLS-1$
		lines.put("first", String.valueOf(p.firstIssue())); //$NON-NLS-1$
		List<String> levels = new ArrayList<>();
		for (int i = 0; i < p.levels().size(); i++) {
			EnumerationLevel level = p.levels().get(i);
			levels.add(level.caption() + '|' + level.unitsPerNext() + '|' + lower(level.numbering()) + '|'
					+ p.firstNumbers().get(i));
		}
		lines.put("levels", String.join("; ", levels)); //$NON-NLS-1$ //$NON-NLS-2$
		lines.put("chronology", lower(p.chronology())); //$NON-NLS-1$
		lines.put("days", join(p.publicationDays())); //$NON-NLS-1$
		lines.put("volumeChange", p.volumeChange() == null ? "" : String.valueOf(p.volumeChange().getValue())); //$NON-NLS-1$ //$NON-NLS-2$
		lines.put("omitMonths", months(p.omittedMonths())); //$NON-NLS-1$
		lines.put("omitWeeks", join(new TreeSet<>(p.omittedWeeks()))); //$NON-NLS-1$
		lines.put("combineMonths", p.combinedMonths().stream().map(PatternText::months).collect(Collectors.joining("; "))); //$NON-NLS-1$ //$NON-NLS-2$
		lines.put("combineWeeks", p.combinedWeeks().stream().map(w -> join(new TreeSet<>(w))).collect(Collectors.joining("; "))); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder text = new StringBuilder();
		lines.forEach((name, value) -> {
			if (!value.isEmpty()) {
				text.append(name).append('=').append(value).append('\n');
			}
		});
		return text.toString();
	}

	/** Reads a pattern; a line or value that cannot be read is refused naming it. Check it with {@link IssuePrediction#of}. */
	public static PredictionPattern read(String text) throws PatternException {
		Map<String, String> values = new LinkedHashMap<>();
		String[] lines = text.split("\\R"); //$NON-NLS-1$
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			int equals = line.indexOf('=');
			if (equals < 1) {
				throw new PatternException(NLS.bind(Messages.badPatternLine, i + 1, line));
			}
			values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
		}
		Reader r = new Reader(values);
		PredictionPattern.Builder b = PredictionPattern.builder(r.frequency(), r.date("first")); //$NON-NLS-1$
		for (String level : r.list("levels", ";")) { //$NON-NLS-1$ //$NON-NLS-2$
			String[] parts = level.split("\\|"); //$NON-NLS-1$
			if (parts.length != 4) {
				throw r.bad("levels", level, Messages.expectLevel); //$NON-NLS-1$
			}
			b.level(parts[0].strip(), r.number("levels", parts[1]), //$NON-NLS-1$
					r.constant("levels", parts[2], Numbering.class), r.number("levels", parts[3])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (values.containsKey("chronology")) { //$NON-NLS-1$
			b.chronology(r.constant("chronology", values.get("chronology"), ChronologyDetail.class)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		b.days(r.numbers("days", values.get("days")).toArray(Integer[]::new)); //$NON-NLS-1$ //$NON-NLS-2$
		String change = values.getOrDefault("volumeChange", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (!change.isEmpty()) {
			b.volumeChange(r.month("volumeChange", change)); //$NON-NLS-1$
		}
		b.omitMonths(r.months("omitMonths", values.get("omitMonths")).toArray(Month[]::new)); //$NON-NLS-1$ //$NON-NLS-2$
		b.omitWeeks(r.numbers("omitWeeks", values.get("omitWeeks")).toArray(Integer[]::new)); //$NON-NLS-1$ //$NON-NLS-2$
		for (String group : r.list("combineMonths", ";")) { //$NON-NLS-1$ //$NON-NLS-2$
			b.combineMonths(r.months("combineMonths", group).toArray(Month[]::new)); //$NON-NLS-1$
		}
		for (String group : r.list("combineWeeks", ";")) { //$NON-NLS-1$ //$NON-NLS-2$
			b.combineWeeks(r.numbers("combineWeeks", group).toArray(Integer[]::new)); //$NON-NLS-1$
		}
		return b.build();
	}

	private static String lower(Enum<?> value) {
		return value == null ? "" : value.name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	private static String join(Iterable<Integer> numbers) {
		List<String> parts = new ArrayList<>();
		numbers.forEach(n -> parts.add(String.valueOf(n)));
		return String.join(",", parts); //$NON-NLS-1$
	}

	private static String months(Set<Month> months) {
		return new TreeSet<>(months).stream().map(m -> String.valueOf(m.getValue())).collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	/** Reads values, each refusal naming the line and the value. */
	private record Reader(Map<String, String> values) {

		Frequency frequency() throws PatternException {
			return constant("frequency", values.getOrDefault("frequency", ""), Frequency.class); //$NON-NLS-1$ //$NON-NLS-2$
		}

		LocalDate date(String name) throws PatternException {
			String value = values.getOrDefault(name, ""); //$NON-NLS-1$
			try {
				return LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw bad(name, value, Messages.expectDate);
			}
		}

		List<String> list(String name, String separator) {
			String value = values.getOrDefault(name, ""); //$NON-NLS-1$
			List<String> parts = new ArrayList<>();
			for (String part : value.split(separator)) {
				if (!part.isBlank()) {
					parts.add(part.strip());
				}
			}
			return parts;
		}

		int number(String name, String value) throws PatternException {
			try {
				return Integer.parseInt(value.strip());
			} catch (NumberFormatException e) {
				throw bad(name, value, Messages.expectNumber);
			}
		}

		List<Integer> numbers(String name, String value) throws PatternException {
			List<Integer> numbers = new ArrayList<>();
			if (value != null) {
				for (String part : value.split(",")) { //$NON-NLS-1$
					if (!part.isBlank()) {
						numbers.add(number(name, part));
					}
				}
			}
			return numbers;
		}

		Month month(String name, String value) throws PatternException {
			int month = number(name, value);
			if (month < 1 || month > 12) {
				throw bad(name, value, Messages.expectMonth);
			}
			return Month.of(month);
		}

		Set<Month> months(String name, String value) throws PatternException {
			Set<Month> months = EnumSet.noneOf(Month.class);
			for (int n : numbers(name, value)) {
				months.add(month(name, String.valueOf(n)));
			}
			return months;
		}

		<E extends Enum<E>> E constant(String name, String value, Class<E> type) throws PatternException {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(value.strip())) {
					return constant;
				}
			}
			throw bad(name, value, NLS.bind(Messages.expectOneOf, lowerNames(type)));
		}

		PatternException bad(String name, String value, String expected) {
			return new PatternException(NLS.bind(Messages.badPatternValue, new Object[] { name, value, expected }));
		}

		private static String lowerNames(Class<? extends Enum<?>> type) {
			List<String> names = new ArrayList<>();
			for (Enum<?> constant : type.getEnumConstants()) {
				names.add(lower(constant));
			}
			return String.join(", ", names); //$NON-NLS-1$
		}
	}
}
