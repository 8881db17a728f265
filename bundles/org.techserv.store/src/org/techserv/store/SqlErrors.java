package org.techserv.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.techserv.store.StoreException.Reason;
import org.techserv.store.internal.Messages;

/**
 * Turns SQL errors met while reading or writing records into messages for the user. A repository that knows its
 * unique constraints passes what each one means, so a duplicate is reported with the field and the value.
 */
public final class SqlErrors {

	private static final Pattern CONSTRAINT = Pattern.compile("identified by '([A-Z0-9_]+)'"); //$NON-NLS-1$

	private SqlErrors() {
	}

	public static StoreException translate(SQLException error) {
		return translate(error, Map.of());
	}

	/**
	 * @param uniqueKeys what a violated unique constraint means, by constraint name
	 */
	public static StoreException translate(SQLException error, Map<String, FieldProblem> uniqueKeys) {
		String state = error.getSQLState() == null ? "" : error.getSQLState(); //$NON-NLS-1$
		if (state.equals("23505")) { //$NON-NLS-1$
			Matcher m = CONSTRAINT.matcher(String.valueOf(error.getMessage()));
			String constraint = m.find() ? m.group(1) : "?"; //$NON-NLS-1$
			FieldProblem problem = uniqueKeys.getOrDefault(constraint,
					new FieldProblem("", "", NLS.bind(Messages.duplicateValue, constraint))); //$NON-NLS-1$ //$NON-NLS-2$
			return new ValidationException(List.of(problem), state, error);
		}
		if (state.equals("23503")) { //$NON-NLS-1$
			return new StoreException(Reason.NOT_FOUND, Messages.stillReferenced, state, error);
		}
		if (state.startsWith("08") || state.equals("XJ001") || state.startsWith("XJ04")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return new StoreException(Reason.SERVER_UNAVAILABLE, NLS.bind(Messages.connectionLost, error.getMessage()),
					state, error);
		}
		return new StoreException(Reason.OTHER, NLS.bind(Messages.sqlFailed, error.getMessage()), state, error);
	}
}
