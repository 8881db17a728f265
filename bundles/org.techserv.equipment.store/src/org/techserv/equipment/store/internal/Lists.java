package org.techserv.equipment.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.techserv.model.core.QualificationKind;

/** Small lists kept in one text column: enumeration names or lines of text. */
public final class Lists {

	private Lists() {
	}

	public static String join(List<? extends Enumerator> values) {
		return values.isEmpty() ? null : String.join(",", values.stream().map(Enumerator::getName).toList()); //$NON-NLS-1$
	}

	public static List<QualificationKind> qualifications(String text) {
		List<QualificationKind> kinds = new ArrayList<>();
		if (text != null) {
			for (String name : text.split(",")) { //$NON-NLS-1$
				QualificationKind kind = QualificationKind.get(name.strip());
				if (kind != null) {
					kinds.add(kind);
				}
			}
		}
		return kinds;
	}

	public static String lines(List<String> values) {
		return values.isEmpty() ? null : String.join("\n", values); //$NON-NLS-1$
	}

	public static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n")); //$NON-NLS-1$
	}
}
