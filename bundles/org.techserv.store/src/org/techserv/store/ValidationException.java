package org.techserv.store;

import java.util.List;

/**
 * A record was refused before or while writing because of its values (missing, too long, malformed, already
 * used). Nothing was written. {@link #problems()} lists each field; the message joins them.
 */
public class ValidationException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final List<FieldProblem> problems;

	public ValidationException(List<FieldProblem> problems, String sqlState, Throwable cause) {
		super(Reason.INVALID, join(problems), sqlState, cause);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	private static String join(List<FieldProblem> problems) {
		return String.join("\n", problems.stream().map(FieldProblem::message).toList()); //$NON-NLS-1$
	}
}
