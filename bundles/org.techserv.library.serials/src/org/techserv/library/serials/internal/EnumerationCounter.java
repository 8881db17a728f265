package org.techserv.library.serials.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;

import org.techserv.library.serials.EnumerationLevel;
import org.techserv.library.serials.Numbering;
import org.techserv.library.serials.PredictionPattern;

/**
 * An issue's numbers at each level, advanced one issue at a time. Besides the number shown it keeps each level's
 * place within the level above, which is what decides a change when numbering is continuous (no.13 may be the
 * first number of v.2).
 */
public final class EnumerationCounter {

	private final List<EnumerationLevel> levels;
	private final Month volumeChange;
	private final int[] numbers;
	private final int[] places;

	public EnumerationCounter(PredictionPattern pattern) {
		this.levels = pattern.levels();
		this.volumeChange = pattern.volumeChange();
		int n = levels.size();
		numbers = new int[n];
		places = new int[n];
		for (int i = 0; i < n; i++) {
			int number = pattern.firstNumbers().get(i);
			int units = levels.get(i).unitsPerNext();
			numbers[i] = number;
			places[i] = levels.get(i).numbering() == Numbering.CONTINUOUS && units > 0 ? (number - 1) % units + 1 : number;
		}
	}

	/** Moves on to the issue published on {@code next}, the one before having appeared on {@code previous}. */
	public void advance(LocalDate previous, LocalDate next) {
		int n = numbers.length;
		if (n == 0) {
			return;
		}
		if (volumeChange != null && n > 1 && volumeYear(previous) != volumeYear(next)) {
			numbers[0]++;
			for (int i = 1; i < n; i++) {
				places[i] = 1;
				numbers[i] = levels.get(i).numbering() == Numbering.RESTART ? 1 : numbers[i] + 1;
			}
			return;
		}
		numbers[n - 1]++;
		places[n - 1]++;
		for (int i = n - 1; i > 0; i--) {
			int units = levels.get(i).unitsPerNext();
			if (units > 0 && places[i] > units) {
				places[i] = 1;
				if (levels.get(i).numbering() == Numbering.RESTART) {
					numbers[i] = 1;
				}
				numbers[i - 1]++;
				places[i - 1]++;
			}
		}
	}

	private int volumeYear(LocalDate date) {
		return date.getMonthValue() >= volumeChange.getValue() ? date.getYear() : date.getYear() - 1;
	}

	public List<Integer> numbers() {
		return Arrays.stream(numbers).boxed().toList();
	}

	/** {@code v.1:no.7}, and for a combined issue {@code v.1:no.7/8}. */
	public static String write(List<EnumerationLevel> levels, List<Integer> first, List<Integer> last) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < levels.size(); i++) {
			if (i > 0) {
				text.append(':');
			}
			text.append(levels.get(i).caption()).append(first.get(i));
		}
		int differs = 0;
		while (differs < first.size() && first.get(differs).equals(last.get(differs))) {
			differs++;
		}
		if (differs < first.size()) {
			text.append('/').append(last.get(differs));
			for (int i = differs + 1; i < levels.size(); i++) {
				text.append(':').append(levels.get(i).caption()).append(last.get(i));
			}
		}
		return text.toString();
	}
}
