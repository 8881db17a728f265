package org.techserv.library.labels.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

/** Refuses to print when labels have problems, naming the first and how many more there are. */
public final class Refusal {

	private Refusal() {
	}

	/** @throws IllegalArgumentException when there are problems */
	public static void unlessNone(List<String> problems) {
		if (problems.size() == 1) {
			throw new IllegalArgumentException(problems.get(0));
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.labelsRefused, problems.size(), problems.get(0)));
		}
	}

	/** "Label 3 (Global feminism)": the position in the list and what the label is. */
	public static String label(int index, String what) {
		return what == null || what.isEmpty() ? NLS.bind(Messages.labelNumber, index + 1)
				: NLS.bind(Messages.labelNumberNamed, index + 1, what);
	}
}
