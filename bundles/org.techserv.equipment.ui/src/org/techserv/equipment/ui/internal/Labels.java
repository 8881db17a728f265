package org.techserv.equipment.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.util.Enumerator;
import org.techserv.model.core.QualificationKind;
import org.techserv.equipment.model.util.Dispatch;

/** Words for enumeration values and times as the screens show them. */
public final class Labels {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"); //$NON-NLS-1$

	private Labels() {
	}

	/** IN_PROGRESS becomes "In progress". */
	public static String of(Enumerator value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof QualificationKind kind) {
			return Dispatch.kindLabel(kind);
		}
		String words = value.getName().toLowerCase().replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public static String time(Instant instant) {
		return instant == null ? "" : TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault())); //$NON-NLS-1$
	}

	public static String dayTime(Instant instant) {
		return instant == null ? "" : DAY_TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault())); //$NON-NLS-1$
	}
}
